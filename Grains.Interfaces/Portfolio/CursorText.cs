using System.Buffers.Text;
using System.Text;

namespace Telematics.Portfolio;

/// <summary>
/// The text of a keyset cursor, as clients pass it back: the sort, its direction, the last row's id and its sort key,
/// as opaque, URL-safe text. The key goes last: a name may hold any character, an id never the separator.
/// </summary>
public static class CursorText
{
    private const char Separator = '\n';

    public static string Encode(string sortBy, bool descending, string id, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, sortBy, descending ? "desc" : "asc", id, key)));

    /// <summary>The parts <see cref="Encode"/> wrote; null for any other text.</summary>
    public static (string SortBy, bool Descending, string Id, string Key)? Decode(string text)
    {
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(bytes).Split(Separator, 4) is [var sortBy, var direction, var id, var key] && direction is "asc" or "desc"
            ? (sortBy, direction == "desc", id, key)
            : null;
    }
}
