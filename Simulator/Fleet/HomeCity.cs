namespace Telematics.Simulator.Fleet;

/// <summary>Where a simulated driver lives: the south-west corner of the area homes are drawn in, and the local IANA zone.</summary>
public sealed record HomeCity(string Name, double Latitude, double Longitude, string TimeZoneId)
{
    /// <summary>
    /// Cities of the portfolio's country across its mainland zones, so that a fleet's local hours (night, rush, weekday)
    /// are each driver's own and not one zone's for everyone. Montréal first: the accuracy table's drivers live there.
    /// </summary>
    public static IReadOnlyList<HomeCity> All { get; } =
    [
        new("Montréal", 45.45, -73.75, "America/Toronto"),
        new("Vancouver", 49.2, -123.2, "America/Vancouver"),
        new("Calgary", 50.95, -114.2, "America/Edmonton"),
        new("Winnipeg", 49.8, -97.25, "America/Winnipeg"),
        new("Halifax", 44.6, -63.7, "America/Halifax"),
    ];
}
