using System.Globalization;

namespace Telematics.Api.Devices.OsmAnd;

/// <summary>The query form's <c>timestamp</c>: epoch seconds or milliseconds, ISO-8601, or "yyyy-MM-dd HH:mm:ss".</summary>
public static class OsmAndTimestamp
{
    /// <summary>Below this an integer is seconds, above it milliseconds — the same cut Traccar makes (2³¹ − 1).</summary>
    private const long LargestSeconds = int.MaxValue;

    /// <remarks>
    /// Traccar reads "yyyy-MM-dd HH:mm:ss" in the server's own time zone, so moving a server moves every such fix; we
    /// read it as UTC, which is what our servers run on and what every other timestamp here means.
    /// </remarks>
    public static bool TryParse(string text, out DateTimeOffset timestamp)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            timestamp = epoch <= LargestSeconds
                ? DateTimeOffset.FromUnixTimeSeconds(epoch)
                : DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(epoch, DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()));
            return true;
        }

        return text.Contains('T')
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp)
            : DateTimeOffset.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp);
    }
}
