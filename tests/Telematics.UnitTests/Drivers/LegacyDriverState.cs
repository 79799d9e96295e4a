using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.UnitTests.Drivers;

/// <summary>
/// <see cref="DriverState"/> as it was before trips were kept as sums per period: every trip of the window and the
/// notifications inline. States stored by that code are these bytes.
/// </summary>
[GenerateSerializer, Alias("telematics.tests.LegacyDriverState")]
public sealed class LegacyDriverState
{
    [Id(0)] public DriverRegistration? Registration { get; set; }
    [Id(1)] public List<TripSummary> Trips { get; set; } = [];
    [Id(2)] public RiskScore? Score { get; set; }
    [Id(3)] public List<RiskScore> ScoreHistory { get; set; } = [];
    [Id(4)] public PremiumQuote? Premium { get; set; }
    [Id(5)] public DriverFeatures? Features { get; set; }
    [Id(6)] public RescoreOutcome? LastRescore { get; set; }
    [Id(7)] public List<DriverNotification> Notifications { get; set; } = [];
}
