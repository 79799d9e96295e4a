using Telematics.Risk;

namespace Telematics.IntegrationTests;

/// <summary>A models directory for a test, holding the shipped version under names of its own: a second version that scores alike.</summary>
internal static class ModelCopies
{
    /// <summary>The newest shipped version, the one a node scores with by default.</summary>
    public static string ShippedDirectory => Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "models")).Order(StringComparer.Ordinal).Last();

    /// <summary>The shipped version under another name: the same model files, the manifest naming the copy.</summary>
    public static void CopyVersion(string models, string source, string sourceVersion, string version)
    {
        var target = Directory.CreateDirectory(Path.Combine(models, version)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var manifest = Path.Combine(target, ModelManifest.FileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"version\": \"{sourceVersion}\"", $"\"version\": \"{version}\"", StringComparison.Ordinal));
    }

    /// <summary>A new temporary directory with the shipped version under its own name and under <paramref name="other"/>; returns its path.</summary>
    public static string WithSecondVersion(string other)
    {
        var models = Directory.CreateTempSubdirectory("telematics-models-").FullName;
        var shipped = Path.GetFileName(ShippedDirectory);
        CopyVersion(models, ShippedDirectory, shipped, shipped);
        CopyVersion(models, ShippedDirectory, shipped, other);
        return models;
    }
}
