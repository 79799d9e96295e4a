namespace Telematics.Risk;

/// <summary>
/// What a risk model says of one driver: expected claims per policy-year from the classical rating alone and
/// with telematics, the expected cost of one claim, and the telematics score.
/// </summary>
public sealed record RiskAssessment(
    double ClassicalFrequency,
    double TelematicsFrequency,
    double ExpectedSeverity,
    double Score,
    RiskCategory Category,
    string ModelVersion);
