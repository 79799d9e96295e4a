using System.Collections.Immutable;
using System.Globalization;
using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// A trained model version in use: the classical and telematics frequency models, the severity table and the score's
/// percentile table. Expected frequency is claims per policy-year; the score is its percentile in the training portfolio.
/// </summary>
public sealed class ClaimFrequencyRiskModel(
    string version,
    FrequencyModel classical,
    FrequencyModel telematics,
    SeverityTable severity,
    IReadOnlyList<double> scorePercentiles,
    IReadOnlyDictionary<string, double> variableAverages) : IRiskModel
{
    private readonly HashSet<int> _territories = [.. classical.Schema.Territories];

    public string Version => version;

    public RiskAssessment Assess(RatingVariables rating, DriverFeatures? features)
    {
        RatingValidator.Validate(rating, _territories);
        var classicalFrequency = classical.Frequency(rating, null);
        var telematicsFrequency = features is null ? classicalFrequency : telematics.Frequency(rating, features);
        var score = ScorePercentiles.Score(scorePercentiles, telematicsFrequency);
        return new RiskAssessment(classicalFrequency, telematicsFrequency, severity.For(rating), score, RiskCategories.FromScore(score), version);
    }

    public RiskExplanation Explain(RatingVariables rating, DriverFeatures? features, int factors)
    {
        var assessment = Assess(rating, features);
        var model = features is null ? classical : telematics;
        var variables = model.Schema.Variables;
        var described = model.Contributions(rating, features)
            .Select((contribution, i) => Describe(variables[i], variables[i].Read(rating, features), contribution))
            .Where(f => f.LogContribution != 0)
            .ToList();
        return new RiskExplanation(
            assessment.TelematicsFrequency,
            model.AverageDriverFrequency,
            assessment.Score,
            assessment.Category,
            features is not null,
            [.. described.Where(f => f.LogContribution > 0).OrderByDescending(f => f.LogContribution).Take(factors)],
            [.. described.Where(f => f.LogContribution < 0).OrderBy(f => f.LogContribution).Take(factors)],
            version);
    }

    private RiskFactor Describe(RiskVariable variable, double value, double contribution)
    {
        var against = !variable.IsCategory && variableAverages.TryGetValue(variable.Name, out var average)
            ? $" vs {variable.Format(average)} average"
            : "";
        var effect = Math.Exp(contribution) - 1;
        var verb = contribution > 0 ? "raises" : "lowers";
        var percent = Math.Abs(effect * 100).ToString("F0", CultureInfo.InvariantCulture);
        return new RiskFactor(variable.Name, $"{variable.Label}: {variable.Format(value)}{against} — {verb} frequency {percent}%", contribution);
    }
}
