using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Drivers;

[GenerateSerializer, Alias("telematics.DriverState")]
public sealed class DriverState
{
    [Id(0)] public DriverRegistration? Registration { get; set; }

    /// <summary>Completed trips inside the feature window, oldest first.</summary>
    [Id(1)] public List<TripSummary> Trips { get; set; } = [];

    [Id(2)] public RiskScore? Score { get; set; }
    [Id(3)] public List<RiskScore> ScoreHistory { get; set; } = [];
    [Id(4)] public PremiumQuote? Premium { get; set; }
    [Id(5)] public DriverFeatures? Features { get; set; }

    /// <summary>The last rescoring job's outcome, so a job that resumes after losing its silo rescores nobody twice.</summary>
    [Id(6)] public RescoreOutcome? LastRescore { get; set; }

    /// <summary>The most recent notifications, oldest first.</summary>
    [Id(7)] public List<DriverNotification> Notifications { get; set; } = [];
}
