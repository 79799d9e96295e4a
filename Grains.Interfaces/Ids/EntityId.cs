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

    /// <summary>What a client is told when a trip id breaks <see cref="IsValidTrip"/>.</summary>
    public const string TripRule = "must be a vehicle id followed by -T and the trip's number (VEH-0001-T000001).";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>
    /// The system names trips, not clients: a vehicle's id, <c>-T</c> and its trip number, so a trip id is longer than
    /// <see cref="MaxLength"/> when its vehicle's id is near it, and has a grammar of its own.
    /// </summary>
    public static string TripId(string vehicleId, int tripNumber) => $"{vehicleId}-T{tripNumber:D6}";

    /// <summary>The vehicle a trip id of <see cref="TripId"/> names; none for an id of another form.</summary>
    public static string? VehicleOfTrip(string tripId) => IsValidTrip(tripId) ? tripId[..tripId.LastIndexOf("-T", StringComparison.Ordinal)] : null;

    public static bool IsValidTrip(string? id) => id is not null && TripPattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}-T[0-9]{6,10}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TripPattern();
}
