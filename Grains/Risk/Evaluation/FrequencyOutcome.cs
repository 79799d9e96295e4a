namespace Telematics.Risk;

/// <summary>What a policy did and what a model expected of it: the unit every frequency metric is computed on.</summary>
public readonly record struct FrequencyOutcome(double Claims, double ExposureYears, double PredictedRate)
{
    public double ExpectedClaims => PredictedRate * ExposureYears;
}
