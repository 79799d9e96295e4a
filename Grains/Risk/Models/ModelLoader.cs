using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Telematics.Risk;

/// <summary>
/// Opens a model version's directory and refuses it, naming the mismatch, unless its manifest, its ML.NET files and
/// this build's feature layout agree term for term: a model scored on shifted columns would price silently wrong.
/// </summary>
public static class ModelLoader
{
    public static ClaimFrequencyRiskModel Load(string directory)
    {
        ModelManifest manifest;
        try
        {
            manifest = ManifestJson.Read(Path.Combine(directory, ModelManifest.FileName));
        }
        catch (JsonException error)
        {
            throw new ModelSchemaMismatchException(directory, $"{ModelManifest.FileName} does not have the manifest's shape: {error.Message}");
        }

        var classical = Frequency(directory, FeatureSet.Classical, manifest.Classical, manifest);
        var telematics = Frequency(directory, FeatureSet.Telematics, manifest.Telematics, manifest);
        if (manifest.ScorePercentiles.Length != 101)
        {
            throw new ModelSchemaMismatchException(directory, $"the score needs 101 percentiles, the manifest has {manifest.ScorePercentiles.Length}.");
        }

        return new ClaimFrequencyRiskModel(manifest.Version, classical, telematics, manifest.Severity, manifest.ScorePercentiles, manifest.VariableRanges, manifest.PortfolioFrequency);
    }

    private static FrequencyModel Frequency(string directory, FeatureSet set, FrequencyModelManifest saved, ModelManifest manifest)
    {
        var schema = FrequencyFeatureSchema.Create(set, manifest.Territories);
        var expected = schema.TermNames;
        var extra = saved.Features.Except(expected).ToList();
        var missing = expected.Except(saved.Features).ToList();
        if (extra.Count > 0 || missing.Count > 0 || !saved.Features.SequenceEqual(expected))
        {
            throw new ModelSchemaMismatchException(directory,
                $"the {set} model's features do not match this build's: unknown [{string.Join(", ", extra)}], missing [{string.Join(", ", missing)}]"
                + (extra.Count + missing.Count == 0 ? ", same names in another order." : "."));
        }

        var terms = saved.LogRate.Terms;
        if (terms.Length != expected.Length || terms.Any(t => t.Steps.Length != t.Thresholds.Length + 1) || saved.Learned.Terms.Length != expected.Length)
        {
            throw new ModelSchemaMismatchException(directory,
                $"the {set} model has {terms.Length} term effects for {expected.Length} features, or a step function with a step too many or too few.");
        }

        if (saved.Files.IsEmpty)
        {
            throw new ModelSchemaMismatchException(directory, $"the {set} model names no ML.NET file.");
        }

        foreach (var file in saved.Files)
        {
            var width = SavedFeatureWidth(Path.Combine(directory, file));
            if (width != expected.Length)
            {
                throw new ModelSchemaMismatchException(directory, $"{file} takes {width} features where the manifest lists {expected.Length}.");
            }
        }

        return new FrequencyModel(schema, saved.LogRate, manifest.VariableRanges);
    }

    private static int SavedFeatureWidth(string path)
    {
        new MLContext().Model.Load(path, out var input);
        var column = input.GetColumnOrNull(FrequencyData.Features);
        return column?.Type is VectorDataViewType vector ? vector.Size : 0;
    }
}
