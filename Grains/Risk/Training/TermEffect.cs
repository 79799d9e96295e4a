using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// One term's effect on log-frequency: a line (<see cref="Slope"/>·x, from a GLM) plus a step function (from boosted stumps:
/// <see cref="Steps"/>[k] applies when x ≤ <see cref="Thresholds"/>[k] and x &gt; the threshold before). A missing value (NaN)
/// takes <see cref="Fill"/>, the training mean. <see cref="Centre"/> is the effect's training average, so that
/// <see cref="Contribution"/> is the term's share of a driver's gap from the average driver.
/// </summary>
public sealed record TermEffect(double Slope, ImmutableArray<double> Thresholds, ImmutableArray<double> Steps, double Fill, double Centre)
{
    public static TermEffect Linear(double slope, double mean) => new(slope, [], [0.0], mean, slope * mean);

    public double Effect(float value)
    {
        var x = float.IsNaN(value) ? Fill : value;
        return Slope * x + Step(x);
    }

    /// <summary>The step function alone at <paramref name="x"/>.</summary>
    public double Step(double x) => Steps[StepIndex(x)];

    public double Contribution(float value) => Effect(value) - Centre;

    /// <summary>The first k with x ≤ Thresholds[k] (Thresholds.Length when x is above them all), as a tree walks a split.</summary>
    public int StepIndex(double x) => StepIntervals.IndexOf(Thresholds, x);
}
