using System.Text.RegularExpressions;

namespace Telematics.Ids;

/// <summary>
/// The one grammar for every id a client or a device names (driver, vehicle, device, event, trip, username): 1–64
/// characters, ASCII letters and digits and <c>. _ : -</c>, starting with a letter or a digit. Ids become grain keys,
/// database keys, URL segments and log fields, so path separators, markup, control characters and unbounded lengths
/// are refused at every entry (HTTP, Teltonika, OsmAnd) rather than escaped at every exit.
/// </summary>
public static partial class EntityId
{
    public const int MaxLength = 64;

    /// <summary>What a client is told when an id breaks the grammar.</summary>
    public const string Rule = "must be 1–64 characters: ASCII letters, digits or . _ : -, starting with a letter or digit.";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
