using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;

namespace Telematics.Risk;

/// <summary>
/// The model versions in a directory and the one currently in use. Each version is loaded (and checked) once, on first
/// use; switching the current version is atomic, so a score is always computed by one whole model.
/// </summary>
public sealed class ModelRegistry
{
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, Lazy<ClaimFrequencyRiskModel>> _loaded = new();
    private volatile ClaimFrequencyRiskModel _current;

    public ModelRegistry(RiskModelOptions options)
    {
        _directory = Path.GetFullPath(options.Directory, AppContext.BaseDirectory);
        var version = options.Version ?? Versions.LastOrDefault()
            ?? throw new InvalidOperationException($"No model version in '{_directory}': train one with 'model train'.");
        _current = Get(version);
    }

    /// <summary>Versions present on disk, oldest first (version names start with their training date).</summary>
    public IReadOnlyList<string> Versions => Directory.Exists(_directory)
        ? [.. Directory.GetDirectories(_directory)
            .Where(d => File.Exists(Path.Combine(d, ModelManifest.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)]
        : [];

    public ClaimFrequencyRiskModel Current => _current;

    public ClaimFrequencyRiskModel Get(string version) => TryGet(version, out var model)
        ? model
        : throw new KeyNotFoundException($"Model version '{version}' is not in '{_directory}'.");

    /// <summary>
    /// The version's model, loaded on first use. A loaded version is answered from memory: rescoring asks once per
    /// driver, and listing the directory each time would put disk I/O on that path.
    /// </summary>
    public bool TryGet(string version, [MaybeNullWhen(false)] out ClaimFrequencyRiskModel model)
    {
        if (!_loaded.ContainsKey(version) && !Versions.Contains(version))
        {
            model = null;
            return false;
        }

        model = _loaded.GetOrAdd(version, v => new Lazy<ClaimFrequencyRiskModel>(() => ModelLoader.Load(Path.Combine(_directory, v)))).Value;
        return true;
    }

    public void SetCurrent(string version) => _current = Get(version);

    /// <summary>What the version was trained on and how it validated, as saved with it; read from disk each time.</summary>
    public ModelManifest ReadManifest(string version) => Versions.Contains(version)
        ? ManifestJson.Read(Path.Combine(_directory, version, ModelManifest.FileName))
        : throw new KeyNotFoundException($"Model version '{version}' is not in '{_directory}'.");
}
