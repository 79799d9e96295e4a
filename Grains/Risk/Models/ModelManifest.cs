using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Everything a trained model version is: what it was trained on (file and SHA-256), when, its two frequency models,
/// the severity table, the score's percentile table, the portfolio's range of each numeric variable (scores cap to it,
/// explanations quote its median), the portfolio's claim rate (categories are multiples of it), and how every
/// candidate did on the validation split and in cross-validation. Candidates are chosen on fits to the training part; the
/// shipped models, severity, percentiles, ranges and claim rate are refitted on all <see cref="FinalFitPolicies"/> policies of the file.
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
    ImmutableDictionary<string, PortfolioRange> VariableRanges,
    ImmutableArray<CandidateResult> Candidates,
    double TrainingSeconds,
    double PortfolioFrequency)
{
    public const string FileName = "manifest.json";
}
