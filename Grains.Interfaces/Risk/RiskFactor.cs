namespace Telematics.Risk;

/// <summary>
/// One variable's share of why a driver's expected claim frequency differs from the portfolio's average driver.
/// <paramref name="LogContribution"/> is on the log-frequency scale, so the factors of one explanation add up;
/// <paramref name="Description"/> says it in plain words: the driver's <paramref name="Value"/> with its unit, the portfolio's
/// <paramref name="Typical"/> value (its median; empty for categories), the effect on the premium and, where the driver can
/// act, <paramref name="Advice"/>. <paramref name="Capped"/>: the value is outside the portfolio's range and was scored at its edge.
/// <paramref name="PremiumEffect"/>: what the factor adds to the annual premium (negative: saves) against the typical value,
/// before the discount and surcharge caps; null when no premium was given. <paramref name="Label"/>: the variable as a person
/// reads it ("Credit score"), where <paramref name="Variable"/> is the model's identifier ("CreditScore"); it comes last so that
/// a node of the previous build still reads the rest.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RiskFactor")]
public sealed record RiskFactor(
    string Variable,
    string Description,
    double LogContribution,
    string Value,
    string Typical,
    string Advice,
    bool Capped,
    decimal? PremiumEffect,
    string Label)
{
    /// <summary>The factor's effect on expected frequency: 0.09 means it raises frequency by 9%.</summary>
    public double RelativeEffect => Math.Exp(LogContribution) - 1;
}
