namespace Telematics.Risk;

/// <summary>
/// One variable's share of why a driver's expected claim frequency differs from the portfolio's average driver.
/// <paramref name="LogContribution"/> is on the log-frequency scale, so the factors of one explanation add up;
/// <paramref name="Description"/> says it in plain words.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RiskFactor")]
public sealed record RiskFactor(
    string Variable,
    string Description,
    double LogContribution)
{
    /// <summary>The factor's effect on expected frequency: 0.09 means it raises frequency by 9%.</summary>
    public double RelativeEffect => Math.Exp(LogContribution) - 1;
}
