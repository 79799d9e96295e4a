using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Rescoring;

/// <summary>
/// One driver's rescoring in a job: score and premium before, and the driver as it stands after (what the read model
/// shows), so that the job can project a whole page at once.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoreOutcome")]
public sealed record RescoreOutcome(string JobId, RiskScore? ScoreBefore, PremiumQuote? PremiumBefore, DriverUpdated After)
{
    public RiskScore ScoreAfter => After.Score;

    public PremiumQuote PremiumAfter => After.Premium;
}
