using System.Collections.Immutable;
using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// The feature vector of a frequency model: which terms, in which order. Training and scoring both build it here,
/// and a saved model records its term names so that a model trained on another layout is refused at load.
/// </summary>
public sealed class FrequencyFeatureSchema
{
    private FrequencyFeatureSchema(FeatureSet set, ImmutableArray<int> territories, ImmutableArray<FeatureTerm> terms)
    {
        Set = set;
        Territories = territories;
        Terms = terms;
        Variables = [.. terms.Select(t => t.Variable).Distinct()];
        VariableOfTerm = [.. terms.Select(t => Variables.IndexOf(t.Variable))];
        Increasing = [.. terms.Select(t => t.Variable.Direction == RiskDirection.Increasing)];
    }

    public FeatureSet Set { get; }

    /// <summary>The territory codes the model knows; the first is the reference level.</summary>
    public ImmutableArray<int> Territories { get; }

    public ImmutableArray<FeatureTerm> Terms { get; }

    public ImmutableArray<RiskVariable> Variables { get; }

    /// <summary>For each term, the index of its variable in <see cref="Variables"/>.</summary>
    public ImmutableArray<int> VariableOfTerm { get; }

    /// <summary>
    /// For each term, whether its effect must not decrease. The terms of an increasing variable are non-decreasing
    /// transforms of it (ln(1 + rate)), so an effect non-decreasing in the term is non-decreasing in the variable.
    /// </summary>
    public ImmutableArray<bool> Increasing { get; }

    public ImmutableArray<string> TermNames => [.. Terms.Select(t => t.Name)];

    public static FrequencyFeatureSchema Create(FeatureSet set, IEnumerable<int> territories)
    {
        var levels = territories.Distinct().Order().ToImmutableArray();
        if (levels.IsEmpty)
        {
            throw new ArgumentException("A frequency model needs at least one territory.", nameof(territories));
        }

        var terms = ClassicalTerms(levels);
        return new FrequencyFeatureSchema(set, levels, set == FeatureSet.Telematics ? [.. terms, .. DrivingTerms()] : terms);
    }

    /// <summary>
    /// Writes the driver's terms into <paramref name="destination"/>; missing values come out as NaN. A variable with a
    /// range in <paramref name="ranges"/> is capped to it first, so a value beyond the portfolio's scores as its edge.
    /// </summary>
    public void Encode(RatingVariables rating, DriverFeatures? driving, Span<float> destination, IReadOnlyDictionary<string, PortfolioRange>? ranges = null)
    {
        for (var i = 0; i < Terms.Length; i++)
        {
            var term = Terms[i];
            var value = term.Variable.Read(rating, driving);
            destination[i] = (float)term.Transform(ranges is not null && ranges.TryGetValue(term.Variable.Name, out var range) ? range.Cap(value) : value);
        }
    }

    private static ImmutableArray<FeatureTerm> ClassicalTerms(ImmutableArray<int> territories) =>
    [
        FeatureTerms.Linear(RiskVariables.InsuredAge, 16, 95),
        .. new[] { 21.0, 25, 35, 50, 65, 80 }.Select(k => FeatureTerms.Hinge(RiskVariables.InsuredAge, k, 95)),
        FeatureTerms.Indicator(RiskVariables.Female),
        FeatureTerms.Linear(RiskVariables.CarAge, 0, 25),
        .. new[] { 3.0, 8, 15 }.Select(k => FeatureTerms.Hinge(RiskVariables.CarAge, k, 25)),
        FeatureTerms.Indicator(RiskVariables.Single),
        FeatureTerms.Level(RiskVariables.CarUsage, (double)CarUse.Private, nameof(CarUse.Private)),
        FeatureTerms.Level(RiskVariables.CarUsage, (double)CarUse.Commercial, nameof(CarUse.Commercial)),
        FeatureTerms.Level(RiskVariables.CarUsage, (double)CarUse.Farmer, nameof(CarUse.Farmer)),
        FeatureTerms.Linear(RiskVariables.CreditScore, 422, 900),
        .. new[] { 550.0, 650, 750, 850 }.Select(k => FeatureTerms.Hinge(RiskVariables.CreditScore, k, 900)),
        FeatureTerms.Indicator(RiskVariables.Urban),
        FeatureTerms.Log(RiskVariables.MilesDeclared, 1_000, 80_000),
        .. new[] { 7_000.0, 15_000 }.Select(k => FeatureTerms.LogHinge(RiskVariables.MilesDeclared, k, 80_000)),
        FeatureTerms.Linear(RiskVariables.YearsNoClaims, 0, 80),
        .. new[] { 3.0, 10, 20, 35, 50 }.Select(k => FeatureTerms.Hinge(RiskVariables.YearsNoClaims, k, 80)),
        .. territories.Skip(1).Select(t => FeatureTerms.Level(RiskVariables.Territory, t, t.ToString())),
    ];

    private static IEnumerable<FeatureTerm> DrivingTerms() =>
    [
        FeatureTerms.Log(RiskVariables.MilesPerYear, 100, 60_000),
        .. new[] { 2_000.0, 6_000, 15_000 }.Select(k => FeatureTerms.LogHinge(RiskVariables.MilesPerYear, k, 60_000)),
        FeatureTerms.Linear(RiskVariables.AnnualPctDriven, 0, 1),
        FeatureTerms.Hinge(RiskVariables.AnnualPctDriven, 0.5, 1),
        FeatureTerms.Linear(RiskVariables.AvgDaysWeek, 0, 7),
        FeatureTerms.Linear(RiskVariables.Weekend, 0, 1),
        .. RiskVariables.Weekdays.Select(v => FeatureTerms.Linear(v, 0, 1)),
        FeatureTerms.Linear(RiskVariables.RushAm, 0, 1),
        FeatureTerms.Linear(RiskVariables.RushPm, 0, 1),
        FeatureTerms.Linear(RiskVariables.Over2Hours, 0, 1),
        FeatureTerms.Linear(RiskVariables.Over3Hours, 0, 1),
        FeatureTerms.Linear(RiskVariables.Over4Hours, 0, 1),
        FeatureTerms.Indicator(RiskVariables.HarshEventsUnreliable),
        .. RiskVariables.Accelerations.Select(v => FeatureTerms.Log1P(v, RiskVariables.HarshEventCap)),
        .. RiskVariables.Brakings.Select(v => FeatureTerms.Log1P(v, RiskVariables.HarshEventCap)),
        .. RiskVariables.Turns.Select(v => FeatureTerms.Log1P(v, 50_000)),
    ];
}
