using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A frequency model scored straight from its additive form (no ML.NET engine, so it is thread-safe and allocation-free),
/// and its exact per-variable contributions to a driver's log-frequency relative to the portfolio's typical driver.
/// Variables are capped to <paramref name="ranges"/>, what the portfolio covers, before they are scored.
/// </summary>
public sealed class FrequencyModel
{
    private readonly AdditiveLogRate _logRate;
    private readonly IReadOnlyDictionary<string, PortfolioRange> _ranges;
    private readonly double[] _reference;
    private readonly float[] _referenceInputs;
    private readonly double[] _pairReference;

    /// <summary>
    /// Contributions are measured from a reference driver: at the portfolio's median of each numeric variable (which an
    /// explanation quotes as "typical") and at the training average of each category's effect. So a value above the
    /// typical one of an increasing variable never reads as lowering the premium, as it could against the mean effect of
    /// a skewed rate. A pair of terms is measured from the reference driver's two values (a category's training mean),
    /// and its contribution is split between its two variables by their Shapley values: each variable gets the mean of its
    /// two marginal effects (with the other at the driver's value and at the reference), so the shares add up to the
    /// pair's contribution, and a value above the reference of an increasing variable never gets a negative share.
    /// </summary>
    public FrequencyModel(FrequencyFeatureSchema schema, AdditiveLogRate logRate, IReadOnlyDictionary<string, PortfolioRange> ranges)
    {
        Schema = schema;
        _logRate = logRate;
        _ranges = ranges;
        _reference = [.. schema.Terms.Select((term, j) => !term.Variable.IsCategory && ranges.TryGetValue(term.Variable.Name, out var range)
            ? logRate.Terms[j].Effect((float)term.Transform(range.Median))
            : logRate.Terms[j].Centre)];
        _referenceInputs = [.. schema.Terms.Select((term, j) => !term.Variable.IsCategory && ranges.TryGetValue(term.Variable.Name, out var range)
            ? (float)term.Transform(range.Median)
            : (float)logRate.Terms[j].Fill)];
        _pairReference = [.. logRate.Pairs.Select(p => p.Effect(_referenceInputs[p.First], _referenceInputs[p.Second]))];
        // ln(rate) = Intercept + Σ (effect − centre) = ReferenceLogRate + Σ (effect − reference), over terms and pairs.
        ReferenceLogRate = logRate.Intercept + _reference.Select((r, j) => r - logRate.Terms[j].Centre).Sum()
            + _pairReference.Select((r, p) => r - logRate.Pairs[p].Centre).Sum();
    }

    public FrequencyFeatureSchema Schema { get; }

    /// <summary>ln(claims per policy-year) of the reference driver the contributions are measured from.</summary>
    public double ReferenceLogRate { get; }

    public double ReferenceFrequency => Math.Exp(ReferenceLogRate);

    public double Frequency(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[Schema.Terms.Length];
        Schema.Encode(rating, driving, features, _ranges);
        return Math.Exp(_logRate.LogRate(features));
    }

    /// <summary>Each of <see cref="FrequencyFeatureSchema.Variables"/>' summed term contributions; they add up to ln(frequency / reference).</summary>
    public double[] Contributions(RatingVariables rating, DriverFeatures? driving)
    {
        Span<float> features = stackalloc float[Schema.Terms.Length];
        Schema.Encode(rating, driving, features, _ranges);
        var contributions = new double[Schema.Variables.Length];
        for (var j = 0; j < Schema.Terms.Length; j++)
        {
            contributions[Schema.VariableOfTerm[j]] += _logRate.Terms[j].Effect(features[j]) - _reference[j];
        }

        for (var p = 0; p < _logRate.Pairs.Length; p++)
        {
            var pair = _logRate.Pairs[p];
            var (a, b) = (features[pair.First], features[pair.Second]);
            var (referenceA, referenceB) = (_referenceInputs[pair.First], _referenceInputs[pair.Second]);
            var total = pair.Effect(a, b) - _pairReference[p];
            var first = (pair.Effect(a, b) - pair.Effect(referenceA, b) + pair.Effect(a, referenceB) - _pairReference[p]) / 2;
            contributions[Schema.VariableOfTerm[pair.First]] += first;
            contributions[Schema.VariableOfTerm[pair.Second]] += total - first;
        }

        return contributions;
    }
}
