namespace Telematics.Risk;

[GenerateSerializer, Immutable, Alias("telematics.RiskScoreCalculated")]
public sealed record RiskScoreCalculated(string DriverId, RiskScore Score, RiskScore? Previous);
