using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>
/// Trains a model version from a portfolio file: the fixed split, the GLM, boosted and blended candidates for the classical
/// and telematics feature sets, chosen by <see cref="FrequencyCandidates"/> on fits to the training part; the chosen learners
/// are then refitted with the same settings on every policy of the file (a quarter more data than the training part), and
/// the severity table, score percentiles, variable ranges and claim rate come from all policies too. Saved as ML.NET files plus a manifest.
/// </summary>
public static class ModelTrainer
{
    public static ModelManifest Train(string dataPath, string modelsDirectory, DateTimeOffset now, Action<string> log)
    {
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(PortfolioSplit.Seed);
        var policies = PortfolioCsvReader.Read(dataPath);
        var split = PortfolioSplit.Of(policies);
        log($"Read {policies.Count:N0} policies: {split.Training.Count:N0} to train, {split.Validation.Count:N0} to validate.");
        var territories = policies.Select(p => p.Rating.Territory).ToList();
        var sha = Sha256(dataPath);
        var version = $"{now:yyyyMMdd-HHmm}-{sha[..8]}";
        var directory = Directory.CreateDirectory(Path.Combine(modelsDirectory, version)).FullName;

        var candidates = new List<CandidateResult>();
        FrequencyModelManifest Fit(FeatureSet set)
        {
            var schema = FrequencyFeatureSchema.Create(set, territories);
            var choice = new FrequencyCandidates(ml, schema, split).Choose(log);
            candidates.AddRange(choice.Results);
            var final = choice.Refit(FrequencyExample.From(schema, policies));
            log($"  {set}: refitted {choice.Chosen.Learner} on all {policies.Count:N0} policies.");
            var name = set.ToString().ToLowerInvariant();
            var inputSchema = FrequencyData.ToDataView(ml, [], schema.Terms.Length).Schema;
            var files = final.Pipelines.Select((pipeline, i) =>
            {
                var file = final.Pipelines.Length == 1 ? $"{name}.zip" : $"{name}-{i + 1}.zip";
                ml.Model.Save(pipeline, inputSchema, Path.Combine(directory, file));
                return file;
            });
            return new FrequencyModelManifest(choice.Chosen.Learner, [.. files], schema.TermNames, final.LogRate, final.Learned);
        }

        var classical = Fit(FeatureSet.Classical);
        var telematics = Fit(FeatureSet.Telematics);
        var telematicsSchema = FrequencyFeatureSchema.Create(FeatureSet.Telematics, territories);
        var ranges = Ranges(telematicsSchema, policies);
        var telematicsModel = new FrequencyModel(telematicsSchema, telematics.LogRate, ranges);
        var manifest = new ModelManifest(
            version, now, Path.GetFileName(dataPath), sha, split.Training.Count, split.Validation.Count, PortfolioSplit.Seed, policies.Count,
            [.. territories.Distinct().Order()],
            classical,
            telematics,
            SeverityTable.Fit(policies),
            [.. ScorePercentiles.Table(policies.Select(p => telematicsModel.Frequency(p.Rating, p.Driving)))],
            ranges,
            [.. candidates],
            watch.Elapsed.TotalSeconds,
            policies.Sum(p => p.Claims) / policies.Sum(p => p.ExposureYears));
        ManifestJson.Write(Path.Combine(directory, ModelManifest.FileName), manifest);
        log($"Trained model {version} in {watch.Elapsed.TotalSeconds:F1} s, saved to {directory}.");
        return manifest;
    }

    public static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>What the portfolio covers of each numeric variable: every policy it was fitted on lies inside, so capping changes none of them.</summary>
    private static ImmutableDictionary<string, PortfolioRange> Ranges(FrequencyFeatureSchema schema, IReadOnlyList<PortfolioPolicy> policies) =>
        schema.Variables.Where(v => !v.IsCategory).ToImmutableDictionary(
            v => v.Name,
            v => PortfolioRange.Of(policies.Select(p => v.Read(p.Rating, p.Driving))));
}
