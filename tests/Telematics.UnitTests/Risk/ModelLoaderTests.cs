using System.Text.Json.Nodes;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class ModelLoaderTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("telematics-model-").FullName;

    public ModelLoaderTests()
    {
        foreach (var file in Directory.GetFiles(ShippedModelFixture.ShippedVersionDirectory))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_shipped_model_loads()
    {
        var model = ModelLoader.Load(_copy);

        Assert.False(string.IsNullOrEmpty(model.Version));
    }

    [Fact]
    public void A_manifest_with_another_feature_layout_is_refused_naming_the_feature()
    {
        EditManifest(m => m["telematics"]!["features"]![0] = "InsuredAgeSquared");

        var error = Assert.Throws<ModelSchemaMismatchException>(() => ModelLoader.Load(_copy));

        Assert.Contains("InsuredAgeSquared", error.Message);
        Assert.Contains("Telematics", error.Message);
    }

    [Fact]
    public void A_manifest_without_a_model_is_refused_naming_what_is_missing()
    {
        EditManifest(m => m.AsObject().Remove("telematics"));

        var error = Assert.Throws<ModelSchemaMismatchException>(() => ModelLoader.Load(_copy));

        Assert.Contains("telematics", error.Message);
    }

    [Fact]
    public void An_ml_net_file_of_another_width_is_refused()
    {
        var manifest = ManifestJson.Read(Path.Combine(_copy, ModelManifest.FileName));
        var classical = manifest.Classical.Files[0];
        File.Copy(Path.Combine(_copy, manifest.Telematics.Files[0]), Path.Combine(_copy, classical), overwrite: true);

        var error = Assert.Throws<ModelSchemaMismatchException>(() => ModelLoader.Load(_copy));

        Assert.Contains($"{classical} takes", error.Message);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private void EditManifest(Action<JsonNode> edit)
    {
        var path = Path.Combine(_copy, ModelManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }
}
