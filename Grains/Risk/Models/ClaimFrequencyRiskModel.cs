using System.Collections.Immutable;
using System.Globalization;
using Telematics.Drivers;
using Telematics.Diagnostics;

namespace Telematics.Risk;

/// <summary>
/// A trained model version in use: the classical and telematics frequency models, the severity table, the score's
/// percentile table, the portfolio's range of each variable and its claim rate. Expected frequency is claims per
/// policy-year: the telematics model's, credibility-weighted toward the classical model's on the log scale while the
/// driver has little driving (<see cref="TelematicsCredibility"/>). The score is its percentile in the training
/// portfolio; the category is its multiple of the portfolio's claim rate (<see cref="RiskCategories"/>).
/// </summary>
public sealed class ClaimFrequencyRiskModel(
    string version,
    FrequencyModel classical,
    FrequencyModel telematics,
    SeverityTable severity,
    IReadOnlyList<double> scorePercentiles,
    IReadOnlyDictionary<string, PortfolioRange> ranges,
    double portfolioFrequency) : IRiskModel
{
    private readonly HashSet<int> _territories = [.. classical.Schema.Territories];

    public string Version => version;

    /// <summary>Claims per policy-year over the whole training portfolio; a multiple of 1 is the average driver's.</summary>
    public double PortfolioFrequency => portfolioFrequency;

    /// <summary>What the training portfolio covers of each numeric variable; scores cap to it.</summary>
    public IReadOnlyDictionary<string, PortfolioRange> VariableRanges => ranges;

    public RiskAssessment Assess(RatingVariables rating, DriverFeatures? features)
    {
        using var span = TelematicsTracing.Source.StartActivity("risk score");
        span?.SetTag("telematics.model_version", version);
        RatingValidator.Validate(rating, _territories);
        var credibility = TelematicsCredibility.Of(features);
        var classicalFrequency = classical.Frequency(rating, null);
        var telematicsFrequency = credibility == 0
            ? classicalFrequency
            : Math.Exp((1 - credibility) * Math.Log(classicalFrequency) + credibility * Math.Log(telematics.Frequency(rating, features)));
        var score = ScorePercentiles.Score(scorePercentiles, telematicsFrequency);
        var multiple = telematicsFrequency / portfolioFrequency;
        return new RiskAssessment(
            classicalFrequency, telematicsFrequency, severity.For(rating), score, RiskCategories.FromRelativeFrequency(multiple), version,
            multiple, credibility, features?.TotalMilesDriven ?? 0);
    }

    /// <summary>
    /// Each variable's contribution is Z·(its telematics contribution) + (1 − Z)·(its classical one), against the reference
    /// driver exp(Z·ln μ̄_telematics + (1 − Z)·ln μ̄_classical) (<see cref="FrequencyModel.ReferenceLogRate"/>): the blend of
    /// two exact decompositions, so still exact.
    /// </summary>
    public RiskExplanation Explain(RatingVariables rating, DriverFeatures? features, int factors, decimal? annualPremium = null)
    {
        var assessment = Assess(rating, features);
        var z = assessment.Credibility;
        var contributions = new Dictionary<RiskVariable, double>();
        void Add(FrequencyModel model, double weight)
        {
            var variables = model.Schema.Variables;
            var each = model.Contributions(rating, features);
            for (var i = 0; i < variables.Length; i++)
            {
                contributions[variables[i]] = contributions.GetValueOrDefault(variables[i]) + weight * each[i];
            }
        }

        if (z > 0)
        {
            Add(telematics, z);
        }

        if (z < 1)
        {
            Add(classical, 1 - z);
        }

        var described = contributions
            .Select(c => Describe(c.Key, c.Key.Read(rating, features), c.Value, annualPremium))
            .Where(f => f.LogContribution != 0)
            .ToList();
        var capped = contributions.Keys.Where(v => IsCapped(v, v.Read(rating, features))).Select(v => v.Name).ToImmutableArray();
        return new RiskExplanation(
            assessment.TelematicsFrequency,
            Math.Exp(z * telematics.ReferenceLogRate + (1 - z) * classical.ReferenceLogRate),
            assessment.Score,
            assessment.Category,
            z > 0,
            [.. described.Where(f => f.LogContribution > 0).OrderByDescending(f => f.LogContribution).Take(factors)],
            [.. described.Where(f => f.LogContribution < 0).OrderBy(f => f.LogContribution).Take(factors)],
            version,
            assessment.RelativeToAverage,
            assessment.Provisional,
            assessment.MilesDriven,
            capped,
            Summary(assessment, features, capped.Length));
    }

    private static string Summary(RiskAssessment assessment, DriverFeatures? features, int capped)
    {
        var harshMiles = features is null ? 0 : TelematicsCredibility.HarshObservedMiles(features);
        var summary = $"{assessment.RelativeToAverage.ToString("F1", CultureInfo.InvariantCulture)}× the portfolio's average claim frequency ({assessment.Category}).";
        if (assessment.MilesDriven == 0 && assessment.Credibility == 0)
        {
            summary += " Based on the rating factors alone: no driving recorded yet.";
        }
        else if (assessment.Provisional && harshMiles < assessment.MilesDriven)
        {
            summary += $" Provisional: harsh driving shows on {harshMiles.ToString("N0", CultureInfo.InvariantCulture)} of "
                + $"{assessment.MilesDriven.ToString("N0", CultureInfo.InvariantCulture)} miles; the others were recorded with fixes too far apart "
                + $"for it, and driving counts in full from {TelematicsCredibility.FullMiles.ToString("N0", CultureInfo.InvariantCulture)} miles where it shows.";
        }
        else if (assessment.Provisional)
        {
            summary += $" Provisional: based on {assessment.MilesDriven.ToString("N0", CultureInfo.InvariantCulture)} miles; driving counts in full from "
                + $"{TelematicsCredibility.FullMiles.ToString("N0", CultureInfo.InvariantCulture)} miles over {TelematicsCredibility.FullDays:F0} days.";
        }

        return capped > 0 ? summary + $" {capped} value(s) outside the range of our data were scored at its edge and flagged for review." : summary;
    }

    private bool IsCapped(RiskVariable variable, double value) =>
        ranges.TryGetValue(variable.Name, out var range) && range.IsOutside(value);

    private RiskFactor Describe(RiskVariable variable, double value, double contribution, decimal? annualPremium)
    {
        var range = variable.IsCategory ? null : ranges.GetValueOrDefault(variable.Name);
        var shown = variable.Format(value);
        var capped = IsCapped(variable, value);
        if (capped)
        {
            shown += value > range!.Max
                ? $" (above the highest level in our data, {variable.Format(range.Max)}, and scored as that)"
                : $" (below the lowest level in our data, {variable.Format(range.Min)}, and scored as that)";
        }

        var typical = range is null ? "" : variable.Format(range.Median);
        var against = typical == "" ? "" : $", typical {typical}";
        // Premiums are proportional to expected frequency (before the discount and surcharge caps), so the factor's effect
        // on frequency is its effect on the premium: against the premium P·e^(−c) the driver would pay at the typical
        // value, it adds P·(1 − e^(−c)).
        var effect = Math.Exp(contribution) - 1;
        var verb = contribution > 0 ? "raises" : "lowers";
        var percent = Math.Abs(effect * 100).ToString("F0", CultureInfo.InvariantCulture);
        var money = annualPremium is { } premium ? Math.Round(premium * (decimal)(1 - Math.Exp(-contribution)), 2) : (decimal?)null;
        var amount = money is { } m ? $" ({(m >= 0 ? "+" : "−")}{Math.Abs(m).ToString("N2", CultureInfo.InvariantCulture)} a year)" : "";
        var advice = contribution > 0 ? variable.Advice : "";
        var description = $"{variable.Label}: {shown}{against} — {verb} your premium {percent}%{amount}" + (advice == "" ? "" : $". {advice}");
        return new RiskFactor(variable.Name, description, contribution, shown, typical, advice, capped, money, variable.Label);
    }
}
