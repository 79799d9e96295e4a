using Telematics.Risk;

namespace Telematics.Api.Web.Services;

/// <summary>
/// A model version as the models page shows it, from its manifest: what it was trained on, the portfolio's claim rate,
/// and how each of its two shipped frequency models (classical: rating factors only; telematics: with driving) validated.
/// </summary>
public sealed record ModelVersionSummary(
    string Version,
    DateTimeOffset TrainedAt,
    string DataFile,
    int TrainingPolicies,
    int ValidationPolicies,
    int FinalFitPolicies,
    double PortfolioFrequency,
    ShippedModel Classical,
    ShippedModel Telematics)
{
    public static ModelVersionSummary Of(ModelManifest manifest) => new(
        manifest.Version, manifest.TrainedAt, manifest.DataFile, manifest.TrainingPolicies, manifest.ValidationPolicies, manifest.FinalFitPolicies,
        manifest.PortfolioFrequency, ShippedModel.Of(manifest, FeatureSet.Classical, manifest.Classical.Learner),
        ShippedModel.Of(manifest, FeatureSet.Telematics, manifest.Telematics.Learner));
}

/// <summary>
/// The learner a version scores with on one feature set and its candidate's results: on the validation split and in
/// cross-validation within the training part; null where the manifest has no candidate of that learner.
/// </summary>
public sealed record ShippedModel(string Learner, ModelFit? Validation, ModelFit? CrossValidation)
{
    public static ShippedModel Of(ModelManifest manifest, FeatureSet set, string learner) =>
        manifest.Candidates.FirstOrDefault(c => c.Set == set && c.Learner == learner) is { } candidate
            ? new ShippedModel(learner, ModelFit.Of(candidate.Validation), ModelFit.Of(candidate.CrossValidation))
            : new ShippedModel(learner, null, null);
}

/// <summary>
/// One evaluation's figures: mean Poisson deviance per policy (lower is better) and the share of the null model's it
/// removes, the normalised Gini (ranking: 0 is chance, 1 the actual rates' order), actual over expected claims in all
/// (calibration: 1 is exact), and the riskiest tenth's actual claim rate over the safest tenth's.
/// </summary>
public sealed record ModelFit(int Policies, double MeanDeviance, double DevianceExplained, double NormalizedGini, double ActualToExpected, double TopToBottomLift)
{
    public static ModelFit Of(FrequencyEvaluation evaluation) => new(
        evaluation.Policies, evaluation.MeanDeviance, evaluation.DevianceExplained, evaluation.NormalizedGini,
        evaluation.Deciles.Sum(d => d.ActualClaims) / evaluation.Deciles.Sum(d => d.ExpectedClaims), evaluation.TopToBottomLift);
}
