using Telematics.Drivers.Features;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Drivers;

[GenerateSerializer, Alias("telematics.DriverState")]
public sealed class DriverState
{
    [Id(0)] public DriverRegistration? Registration { get; set; }

    /// <summary>
    /// Only in a state stored before <see cref="History"/>: its trips, which the driver converts into sums per period (and
    /// the trip store) when it activates, then drops. Field 1 and the name stay so that such a state still reads.
    /// </summary>
    [Id(1)] public List<TripSummary>? Trips { get; set; }

    [Id(2)] public RiskScore? Score { get; set; }
    /// <summary>
    /// Only in a state stored before <see cref="Scores"/> were packed: moved there when the driver activates, then
    /// dropped. Field 3 and the name stay so that such a state still reads.
    /// </summary>
    [Id(3)] public List<RiskScore>? ScoreHistory { get; set; }

    [Id(4)] public PremiumQuote? Premium { get; set; }
    [Id(5)] public DriverFeatures? Features { get; set; }

    /// <summary>The last rescoring job's outcome, so a job that resumes after losing its silo rescores nobody twice.</summary>
    [Id(6)] public RescoreOutcome? LastRescore { get; set; }

    /// <summary>
    /// Only in a state stored before notifications were kept apart (<see cref="DriverNotificationsState"/>): moved there
    /// when the driver activates, then dropped.
    /// </summary>
    [Id(7)] public List<DriverNotification>? Notifications { get; set; }

    /// <summary>The counted trips of the feature window, as sums per period.</summary>
    [Id(8)] public DrivingHistory History { get; set; } = new();

    /// <summary>
    /// The ids of the trips counted last, oldest first: a redelivered trip is usually one of them, so most duplicates
    /// are told without asking the trip store (which holds every counted trip).
    /// </summary>
    [Id(9)] public List<string> RecentTripIds { get; set; } = [];

    /// <summary>The driver's latest scores, oldest first.</summary>
    [Id(10)] public RecentScores Scores { get; set; } = new();
}
