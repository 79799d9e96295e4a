using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Everything a trained model version is: what it was trained on (file and SHA-256), when, its two frequency models,
/// the severity table, the score's percentile table, the portfolio averages explanations compare against, and how every
/// candidate did on the validation split and in cross-validation. Candidates are chosen on fits to the training part; the
/// shipped models, severity, percentiles and averages are refitted on all <see cref="FinalFitPolicies"/> policies of the file.
/// </summary>
public sealed record ModelManifest(
    string Version,
    DateTimeOffset TrainedAt,
    string DataFile,
    string DataSha256,
    int TrainingPolicies,
    int ValidationPolicies,
    int SplitSeed,
    int FinalFitPolicies,
    ImmutableArray<int> Territories,
    FrequencyModelManifest Classical,
    FrequencyModelManifest Telematics,
    SeverityTable Severity,
    ImmutableArray<double> ScorePercentiles,
    ImmutableDictionary<string, double> VariableAverages,
    ImmutableArray<CandidateResult> Candidates,
    double TrainingSeconds)
{
    public const string FileName = "manifest.json";
}
