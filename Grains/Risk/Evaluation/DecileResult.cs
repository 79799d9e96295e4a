namespace Telematics.Risk;

/// <summary>One tenth of the exposure, ranked by predicted rate (decile 1 the lowest): actual against expected claims.</summary>
public sealed record DecileResult(int Decile, double ExposureYears, double ActualClaims, double ExpectedClaims)
{
    public double ActualToExpected => ActualClaims / ExpectedClaims;

    public double ActualFrequency => ActualClaims / ExposureYears;

    public double ExpectedFrequency => ExpectedClaims / ExposureYears;
}
