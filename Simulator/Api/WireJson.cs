using System.Text.Json;
using System.Text.Json.Serialization;

namespace Telematics.Simulator.Api;

/// <summary>The API's JSON conventions: camelCase, enums as strings, absent optional fields left out.</summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
