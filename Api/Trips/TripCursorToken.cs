using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Telematics.Ids;
using Telematics.Trips;

namespace Telematics.Api.Trips;

/// <summary>
/// The wire form of a <see cref="TripCursor"/>: opaque to clients (base64url of the start time's UTC ticks and the trip
/// id), so its layout can change without breaking a client that only passes it back.
/// </summary>
public static class TripCursorToken
{
    public const string Rule = "must be a cursor from the Link header of a previous page.";

    public static string Format(TripCursor cursor) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{cursor.StartedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}~{cursor.TripId}"));

    public static bool TryParse(string token, out TripCursor? cursor)
    {
        cursor = null;
        if (!Base64Url.IsValid(token))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        var separator = text.IndexOf('~');
        if (separator < 0
            || !long.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !EntityId.IsValidTrip(text[(separator + 1)..]))
        {
            return false;
        }

        cursor = new TripCursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(separator + 1)..]);
        return true;
    }
}
