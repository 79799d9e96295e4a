namespace Telematics.Risk;

/// <summary>
/// A driver's risk: expected claims per policy-year, a 0–100 score (the percentile among the portfolio's drivers: higher
/// is riskier), the model version that produced it, the frequency as a multiple of the portfolio's claim rate with the
/// category of that multiple, and whether the score is provisional (based on too few miles to carry full weight).
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RiskScore")]
public sealed record RiskScore(
    double ExpectedClaimFrequency,
    double Score,
    RiskCategory Category,
    string ModelVersion,
    DateTimeOffset CalculatedAt,
    double RelativeToAverage,
    bool Provisional,
    double MilesDriven);
