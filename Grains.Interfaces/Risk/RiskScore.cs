namespace Telematics.Risk;

/// <summary>
/// A driver's risk: expected claims per policy-year, a 0–100 score (higher is riskier), its category,
/// and the model version that produced it.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RiskScore")]
public sealed record RiskScore(
    double ExpectedClaimFrequency,
    double Score,
    RiskCategory Category,
    string ModelVersion,
    DateTimeOffset CalculatedAt);
