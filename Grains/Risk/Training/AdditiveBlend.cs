using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// The mean on the log scale of two additive frequency models, itself additive: a line with the mean slope plus a step
/// function on the union of both models' thresholds. Each term's contribution is the mean of the two models' contributions,
/// so explanations of the blend stay exact.
/// </summary>
public static class AdditiveBlend
{
    public static AdditiveLogRate Average(AdditiveLogRate a, AdditiveLogRate b) =>
        a.Terms.Length == b.Terms.Length
            ? new AdditiveLogRate((a.Intercept + b.Intercept) / 2, [.. a.Terms.Zip(b.Terms, Average)]) { Pairs = [.. a.Pairs.Concat(b.Pairs).Select(Halved)] }
            : throw new ArgumentException($"Models of {a.Terms.Length} and {b.Terms.Length} terms do not blend term for term.");

    /// <summary>Half of a pair's table: a pair of either model enters the mean on its own, its contributions halved.</summary>
    private static PairEffect Halved(PairEffect pair) => pair with { Cells = [.. pair.Cells.Select(c => c / 2)], Centre = pair.Centre / 2 };

    /// <summary>
    /// Both learners fill a missing value with the term's training mean, so <paramref name="a"/>'s fill stands for both;
    /// a step interval (t[k−1], t[k]] of the union lies inside one interval of each model, so its right end reads both steps.
    /// </summary>
    public static TermEffect Average(TermEffect a, TermEffect b)
    {
        var thresholds = a.Thresholds.Concat(b.Thresholds).Distinct().Order().ToImmutableArray();
        var steps = thresholds.Select(t => (a.Step(t) + b.Step(t)) / 2).Append((a.Steps[^1] + b.Steps[^1]) / 2);
        return new TermEffect((a.Slope + b.Slope) / 2, thresholds, [.. steps], a.Fill, (a.Centre + b.Centre) / 2);
    }
}
