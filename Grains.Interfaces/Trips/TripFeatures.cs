namespace Telematics.Trips;

/// <summary>
/// What one trip contributes to its driver's rolling features. Distances in metres, times in seconds.
/// Count arrays follow <see cref="HarshEventThresholds"/>: a count at a threshold includes every event at higher ones.
/// </summary>
/// <remarks>
/// Fields after <see cref="EventCount"/> were appended later and have defaults, so older callers and stored
/// records still bind. <see cref="Sources"/> and <see cref="MedianSampleIntervalS"/> say how the trip was measured
/// (docs/features.md tells which features are exact and which estimated at each interval). Local-time splits use the
/// driver's zone, or the one configured for trip features. Every distance
/// split (by weekday, night, rush hour, speeding) partitions <see cref="DistanceM"/>; see docs/features.md.
/// </remarks>
[GenerateSerializer, Immutable, Alias("telematics.TripFeatures")]
public sealed record TripFeatures(
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DistanceM,
    double DurationS,
    double MaxSpeedMps,
    int[] AccelerationCounts,
    int[] BrakingCounts,
    int[] LeftTurnCounts,
    int[] RightTurnCounts,
    int EventCount,
    double SpeedIntegratedDistanceM = 0,
    double MovingTimeS = 0,
    double IdleTimeS = 0,
    double GapTimeS = 0,
    double MeanMovingSpeedMps = 0,
    double SpeedingTimeS = 0,
    double SpeedingDistanceM = 0,
    double NightMovingTimeS = 0,
    double NightDistanceM = 0,
    double RushAmDistanceM = 0,
    double RushPmDistanceM = 0,
    double MondayDistanceM = 0,
    double TuesdayDistanceM = 0,
    double WednesdayDistanceM = 0,
    double ThursdayDistanceM = 0,
    double FridayDistanceM = 0,
    double SaturdayDistanceM = 0,
    double SundayDistanceM = 0,
    DateOnly LocalStartDate = default,
    DateOnly LocalEndDate = default,
    double PhoneUseS = 0,
    int DuplicateEventCount = 0,
    int RejectedPositionCount = 0,
    double GapDistanceM = 0,
    FeatureSources Sources = FeatureSources.None,
    double MedianSampleIntervalS = 0,
    double PositionDistanceM = 0,
    int RejectedSpeedCount = 0)
{
    public double DistanceMiles => DistanceM / 1609.344;

    /// <summary>Brakings at the lowest actuarial threshold (6 mph/s), the usual meaning of "harsh braking".</summary>
    public int HarshBrakings => BrakingCounts.Length > 0 ? BrakingCounts[0] : 0;

    public int HarshAccelerations => AccelerationCounts.Length > 0 ? AccelerationCounts[0] : 0;

    /// <summary>
    /// GNSS distance outside gaps over the speed-integrated distance of the same intervals: close to 1 on sound
    /// data, far from it when positions freeze or drift or the device reports no speed. NaN without speed data.
    /// Features stored before <see cref="Sources"/> existed had their GNSS distance in <see cref="DistanceM"/>.
    /// </summary>
    public double DistanceCrossCheckRatio => SpeedIntegratedDistanceM > 0
        ? ((Sources == FeatureSources.None ? DistanceM : PositionDistanceM) - GapDistanceM) / SpeedIntegratedDistanceM
        : double.NaN;

    public double WeekdayDistanceM => MondayDistanceM + TuesdayDistanceM + WednesdayDistanceM + ThursdayDistanceM + FridayDistanceM;

    public double WeekendDistanceM => SaturdayDistanceM + SundayDistanceM;
}
