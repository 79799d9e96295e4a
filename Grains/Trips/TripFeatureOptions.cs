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
    /// A silence between two samples is a gap (missing data, not driving) when it is longer than this and longer than
    /// <see cref="GapIntervalMultiple"/> times the trip's median sampling interval. A gap's time is not moving or idle
    /// time, it ends any harsh episode, and only its straight-line distance counts. Default: 3 s, so a 1 Hz device may
    /// lose two samples in a row without opening a gap, while a tracker reporting every 10–30 s has no gaps at its own
    /// rate.
    /// </summary>
    public TimeSpan MaxSampleInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How many median intervals a silence must exceed to be a gap (with <see cref="MaxSampleInterval"/>). Default: 3,
    /// as many samples in a row as a 1 Hz device may lose.
    /// </summary>
    public double GapIntervalMultiple { get; set; } = 3;

    /// <summary>
    /// Longitudinal acceleration derived from speed is taken over at least this span of samples, centred on the interval,
    /// so that it is not the difference of two noisy readings. Default: 2 s. A phone's 1 Hz speed (±0.3 m/s) differenced
    /// over 1 s has 0.42 m/s² of noise, which turned an average driver's usual brakings (2.0 m/s², 0.7 under 6 mph/s) into
    /// 1,266 harsh events where 36 were driven; over 2 s it has 0.21 m/s² and 47 were found, and the risky phone driver's
    /// recall at 8 mph/s is 67 % (3 s: 58 %), precision 100 % (docs/features.md section 2 has the figures and the limit).
    /// </summary>
    public TimeSpan LongitudinalDerivationWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Lateral acceleration derived from heading change is taken over at least this span, centred on the interval.
    /// Default: 3 s. A phone's course (±5°) over 2 s still made 83 false harsh turns at 8 mph/s for the safe phone driver,
    /// who drove 3; over 3 s a heading's noise is a third of its 1 s value (its changes telescope to the span's two ends).
    /// </summary>
    public TimeSpan LateralDerivationWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Lateral acceleration is derived from heading only while every sample of the span is at least this fast: the
    /// heading of a slow or parked GNSS receiver is noise. Default: 3 m/s (11 km/h).
    /// </summary>
    public double DerivedLateralMinSpeedMps { get; set; } = 3;

    /// <summary>
    /// A derived acceleration above this, forwards or sideways, is a glitch (a heading flip, a speed step the cleaner
    /// could not tell) and counts as none. Default: 10 m/s², the grip limit of road tyres.
    /// </summary>
    public double MaxDerivedAccelerationMps2 { get; set; } = 10;

    /// <summary>
    /// Without reported speed, positions are averaged over this span before speed is estimated from them. Default:
    /// 5 s, which cuts ±15 m jitter at 1 Hz to a few metres, far less at 10 Hz.
    /// </summary>
    public TimeSpan PositionSmoothingWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Without reported speed, speed is the distance between smoothed positions at least this far apart in time,
    /// centred on the sample, over their time. Default: 4 s: at 20 m/s an 80 m chord, whose length residual jitter
    /// lengthens by well under 1 %.
    /// </summary>
    public TimeSpan PositionSpeedWindow { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Readings of intervals longer than <see cref="MinimumEpisodeDuration"/> and at most this are spread inside their
    /// interval by <see cref="IntervalShape"/> before episodes are timed. Default: 2 s, so 1 Hz devices, whose
    /// one-second means hid short jolts, are shaped, and 5–30 s trackers keep plain means (a documented lower bound).
    /// </summary>
    public TimeSpan MaxShapedInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Intervals longer than <see cref="MaxShapedInterval"/> and at most this have their longitudinal reading raised to
    /// the least peak their end speeds and the distance between their fixes allow (<see cref="CoarsePeakBound"/>), an
    /// estimate marked <see cref="FeatureSources.DistanceBoundedAcceleration"/>. Default: 15 s. At 30 s an interval
    /// holds whole manoeuvres (a car speeds up and brakes between two fixes), the bound's premise fails, and on the
    /// simulator's drives it found as many harsh brakings for the safe driver as for the risky one (docs/features.md
    /// section 5).
    /// </summary>
    public TimeSpan PeakBoundMaxInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The distance between two fixes is taken as up to this much shorter than measured when bounding a peak. Default:
    /// 20 m, a little over a phone's 95 % position radius (15 m): with 10 m (and a speed margin of 0.5 m/s) the safe
    /// phone driver at 10 s had 25 harsh events at 6 mph/s where 5 were driven, with the defaults 2.
    /// </summary>
    public double PeakBoundDistanceMarginM { get; set; } = 20;

    /// <summary>
    /// The speed inside an interval is taken as up to this much above the higher of its end speeds when bounding a
    /// peak: a car cruising between two fixes drifts above both. Default: 1 m/s.
    /// </summary>
    public double PeakBoundSpeedMarginMps { get; set; } = 1;

    /// <summary>
    /// A harsh event the device raised itself within this of an episode counted from acceleration of the same class is
    /// that episode, counted once. Default: 2 s, the delay of a device's own detection filter.
    /// </summary>
    public TimeSpan SameEventWindow { get; set; } = TimeSpan.FromSeconds(2);

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
