using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Rescoring;

/// <summary>One driver's rescoring in a job: score and premium before and after.</summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoreOutcome")]
public sealed record RescoreOutcome(string JobId, RiskScore? ScoreBefore, RiskScore ScoreAfter, PremiumQuote? PremiumBefore, PremiumQuote PremiumAfter);
