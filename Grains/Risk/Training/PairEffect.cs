using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// The joint effect of two terms on log-frequency, from depth-2 trees that split on both: a 2-D step table.
/// <see cref="Cells"/>[i·(SecondThresholds.Length + 1) + k] applies when the first term falls in its step interval i and the
/// second in its interval k (intervals as in <see cref="TermEffect"/>). Missing values take the terms' fills;
/// <see cref="Centre"/> is the table's training average, as a term's is.
/// </summary>
public sealed record PairEffect(
    int First, int Second, ImmutableArray<double> FirstThresholds, ImmutableArray<double> SecondThresholds,
    ImmutableArray<double> Cells, double FirstFill, double SecondFill, double Centre)
{
    public int Columns => SecondThresholds.Length + 1;

    public double Effect(float first, float second) =>
        Cells[Cell(float.IsNaN(first) ? FirstFill : first, float.IsNaN(second) ? SecondFill : second)];

    public double Effect(ReadOnlySpan<float> features) => Effect(features[First], features[Second]);

    public double Contribution(ReadOnlySpan<float> features) => Effect(features) - Centre;

    /// <summary>The cell <paramref name="first"/> and <paramref name="second"/> fall in, NaN already filled.</summary>
    public int Cell(double first, double second) =>
        StepIntervals.IndexOf(FirstThresholds, first) * Columns + StepIntervals.IndexOf(SecondThresholds, second);
}
