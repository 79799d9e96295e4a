using System.Globalization;

namespace Telematics.Risk;

/// <summary>The transforms a Poisson GLM needs to follow curved effects: clamped lines, hinges (linear splines), logs and levels.</summary>
public static class FeatureTerms
{
    /// <summary>The variable itself, clamped so that a value far outside the portfolio cannot extrapolate a line.</summary>
    public static FeatureTerm Linear(RiskVariable variable, double min, double max) =>
        new(variable.Name, variable, x => Math.Clamp(x, min, max));

    /// <summary>A linear spline term: the slope changes by its coefficient after <paramref name="knot"/>.</summary>
    public static FeatureTerm Hinge(RiskVariable variable, double knot, double max) =>
        new($"{variable.Name}>{knot.ToString(CultureInfo.InvariantCulture)}", variable, x => Math.Max(0, Math.Min(x, max) - knot));

    public static FeatureTerm Log(RiskVariable variable, double min, double max) =>
        new($"ln({variable.Name})", variable, x => Math.Log(Math.Clamp(x, min, max)));

    /// <summary>The slope of ln(x) changes after <paramref name="knot"/> (in the variable's units).</summary>
    public static FeatureTerm LogHinge(RiskVariable variable, double knot, double max) =>
        new($"ln({variable.Name})>ln({knot.ToString(CultureInfo.InvariantCulture)})", variable, x => Math.Max(0, Math.Log(Math.Min(Math.Max(x, knot), max) / knot)));

    /// <summary>ln(1 + count): event rates are heavy-tailed and their effect flattens. NaN (missing) stays NaN.</summary>
    public static FeatureTerm Log1P(RiskVariable variable, double max) =>
        new($"ln1p({variable.Name})", variable, x => Math.Log(1 + Math.Clamp(x, 0, max)));

    public static FeatureTerm Level(RiskVariable variable, double level, string levelName) =>
        new($"{variable.Name}={levelName}", variable, x => x == level ? 1 : 0);

    public static FeatureTerm Indicator(RiskVariable variable) => new(variable.Name, variable, x => x);
}
