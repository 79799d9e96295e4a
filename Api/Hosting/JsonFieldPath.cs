using System.Text.Json;

namespace Telematics.Api.Hosting;

/// <summary>Names the field a <see cref="JsonException"/> broke at the way validation errors name fields.</summary>
public static class JsonFieldPath
{
    /// <summary><c>$.events[3].speedMps</c> becomes <c>events[3].speedMps</c>; an error at the root stays <c>$</c>.</summary>
    public static string Of(JsonException exception) => exception.Path switch
    {
        null or "$" => "$",
        ['$', '.', .. var field] => field,
        var path => path,
    };
}
