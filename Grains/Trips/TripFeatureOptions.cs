namespace Telematics.Trips;

/// <summary>
/// How <see cref="TripFeatureExtractor"/> reads a trip. Bound under <c>Telematics:Trips:Features</c>.
/// Hour windows are local, start inclusive, end exclusive, and may wrap midnight (22 to 5); equal start
/// and end make an empty window.
/// </summary>
public sealed class TripFeatureOptions
{
    /// <summary>
    /// IANA id of the zone whose local time decides weekday, night and rush hours. Default: America/Toronto,
    /// the zone of the Canadian portfolio the features are matched to and of the built-in fleet.
    /// </summary>
    public string TimeZoneId { get; set; } = "America/Toronto";

    /// <summary>Night starts at this local hour. Default: 0 (midnight).</summary>
    public int NightStartHour { get; set; }

    /// <summary>Night ends at this local hour. Default: 4, so night is the small hours, 00:00 to 04:00.</summary>
    public int NightEndHour { get; set; } = 4;

    /// <summary>Morning rush starts at this local hour. Default: 7.</summary>
    public int RushAmStartHour { get; set; } = 7;

    /// <summary>Morning rush ends at this local hour. Default: 9.</summary>
    public int RushAmEndHour { get; set; } = 9;

    /// <summary>Evening rush starts at this local hour. Default: 16.</summary>
    public int RushPmStartHour { get; set; } = 16;

    /// <summary>Evening rush ends at this local hour. Default: 18.</summary>
    public int RushPmEndHour { get; set; } = 18;

    /// <summary>Whether rush hours exist only Monday to Friday. Default: true; weekend mornings are not rush.</summary>
    public bool RushHoursOnWeekdaysOnly { get; set; } = true;

    /// <summary>
    /// The vehicle moves while either end of an interval is at least this fast. Default: 4 km/h (1.11 m/s),
    /// Traccar's moving speed; slower readings are GPS noise at a standstill.
    /// </summary>
    public double MovingSpeedMps { get; set; } = 4 / 3.6;

    /// <summary>
    /// A longer silence between two samples is a gap: missing data, not driving. Its time is not moving or
    /// idle time, it ends any harsh episode, and only its straight-line distance counts. Default: 3 s, so a
    /// 1 Hz device may lose two samples in a row without opening a gap.
    /// </summary>
    public TimeSpan MaxSampleInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// An open harsh episode ends when the intensity drops below the lowest threshold less this. Default:
    /// 1 mph/s, so a reading wavering around a threshold is one episode, not many.
    /// </summary>
    public double EpisodeHysteresisMphPerSecond { get; set; } = 1.0;

    /// <summary>
    /// An episode counts at a threshold only after it spent at least this long at or above it. Default: 0.5 s,
    /// which drops the one-sample jolts of potholes and kerbs at 10 Hz while any sustained manoeuvre passes;
    /// at 1 Hz every sample stands for a second and passes.
    /// </summary>
    public TimeSpan MinimumEpisodeDuration { get; set; } = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// The limit used where a sample carries none. Default: 120 km/h (33.3 m/s), above every posted limit in
    /// Canada, so without map data only speeds illegal everywhere count. Null: no speeding without a limit.
    /// </summary>
    public double? FallbackSpeedLimitMps { get; set; } = 120 / 3.6;

    /// <summary>These options read in another zone: a driver's own, given at registration.</summary>
    public TripFeatureOptions WithTimeZone(string timeZoneId)
    {
        var options = (TripFeatureOptions)MemberwiseClone();
        options.TimeZoneId = timeZoneId;
        return options;
    }

    /// <summary>The configured zone; throws naming the option when the id is unknown.</summary>
    public TimeZoneInfo ResolveTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone)
            ? zone
            : throw new InvalidOperationException($"Telematics:Trips:Features:TimeZoneId '{TimeZoneId}' is not a known time zone.");
}
