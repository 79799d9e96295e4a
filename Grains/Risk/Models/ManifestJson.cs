using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telematics.Risk;

public static class ManifestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

        // A manifest from another layout must fail loudly at load, not score with a null or zero in its place.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    public static void Write(string path, ModelManifest manifest) =>
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, Options));

    public static ModelManifest Read(string path) =>
        JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no manifest.");
}
