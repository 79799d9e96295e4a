namespace Telematics.Trips;

/// <summary>
/// What one trip contributes to its driver's rolling features. Distances in metres, times in seconds.
/// Count arrays follow <see cref="HarshEventThresholds"/>: a count at a threshold includes every event at higher ones.
/// </summary>
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
    int EventCount)
{
    public double DistanceMiles => DistanceM / 1609.344;

    /// <summary>Brakings at the lowest actuarial threshold (6 mph/s), the usual meaning of "harsh braking".</summary>
    public int HarshBrakings => BrakingCounts.Length > 0 ? BrakingCounts[0] : 0;

    public int HarshAccelerations => AccelerationCounts.Length > 0 ? AccelerationCounts[0] : 0;
}
