using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// Trains a model version from a portfolio file: the fixed split, the GLM and boosted candidates for the classical and
/// telematics feature sets, the severity table and the score percentiles, saved as ML.NET files plus a manifest.
/// Each feature set ships whichever learner had the lower validation deviance (see docs/model-card.md).
/// </summary>
public static class ModelTrainer
{
    public static ModelManifest Train(string dataPath, string modelsDirectory, DateTimeOffset now, Action<string> log)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(PortfolioSplit.Seed);
        var split = PortfolioSplit.Of(PortfolioCsvReader.Read(dataPath));
        log($"Read {split.Training.Count + split.Validation.Count:N0} policies: {split.Training.Count:N0} to train, {split.Validation.Count:N0} to validate.");
        var territories = split.Training.Select(p => p.Rating.Territory).ToList();
        var sha = Sha256(dataPath);
        var version = $"{now:yyyyMMdd-HHmm}-{sha[..8]}";
        var directory = Directory.CreateDirectory(Path.Combine(modelsDirectory, version)).FullName;

        var candidates = new List<CandidateResult>();
        FrequencyModelManifest Fit(FeatureSet set)
        {
            var schema = FrequencyFeatureSchema.Create(set, territories);
            var (winner, results) = new FrequencyCandidates(ml, schema, split).Fit(log);
            candidates.AddRange(results);
            var file = $"{set.ToString().ToLowerInvariant()}.zip";
            ml.Model.Save(winner.Model, FrequencyData.ToDataView(ml, [], schema.Terms.Length).Schema, Path.Combine(directory, file));
            return new FrequencyModelManifest(results[0].Learner, file, schema.TermNames, winner.LogRate);
        }

        var classical = Fit(FeatureSet.Classical);
        var telematics = Fit(FeatureSet.Telematics);
        var telematicsModel = new FrequencyModel(FrequencyFeatureSchema.Create(FeatureSet.Telematics, territories), telematics.LogRate);
        var manifest = new ModelManifest(
            version, now, Path.GetFileName(dataPath), sha, split.Training.Count, split.Validation.Count, PortfolioSplit.Seed,
            [.. territories.Distinct().Order()],
            classical,
            telematics,
            SeverityTable.Fit(split.Training),
            [.. ScorePercentiles.Table(split.Training.Select(p => telematicsModel.Frequency(p.Rating, p.Driving)))],
            Averages(telematicsModel.Schema, split.Training),
            [.. candidates],
            watch.Elapsed.TotalSeconds);
        ManifestJson.Write(Path.Combine(directory, ModelManifest.FileName), manifest);
        log($"Trained model {version} in {watch.Elapsed.TotalSeconds:F1} s, saved to {directory}.");
        return manifest;
    }

    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>The training mean of each numeric variable, which explanations quote as "average"; missing values are left out.</summary>
    private static ImmutableDictionary<string, double> Averages(FrequencyFeatureSchema schema, IReadOnlyList<PortfolioPolicy> policies) =>
        schema.Variables.Where(v => !v.IsCategory).ToImmutableDictionary(
            v => v.Name,
            v => policies.Select(p => v.Read(p.Rating, p.Driving)).Where(double.IsFinite).Average());
}
