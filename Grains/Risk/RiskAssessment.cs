namespace Telematics.Risk;

/// <summary>
/// What a risk model says of one driver: expected claims per policy-year from the classical rating alone and
/// with telematics (credibility-weighted toward the classical frequency while the driver has little driving), the
/// expected cost of one claim, and the telematics score: its percentile, its multiple of the portfolio's claim rate
/// and the category of that multiple.
/// </summary>
public sealed record RiskAssessment(
    double ClassicalFrequency,
    double TelematicsFrequency,
    double ExpectedSeverity,
    double Score,
    RiskCategory Category,
    string ModelVersion,
    double RelativeToAverage,
    double Credibility,
    double MilesDriven)
{
    /// <summary>The driving data do not yet carry full weight (<see cref="TelematicsCredibility"/>).</summary>
    public bool Provisional => Credibility < 1;
}
