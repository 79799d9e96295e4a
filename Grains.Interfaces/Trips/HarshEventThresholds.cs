namespace Telematics.Trips;

/// <summary>
/// The thresholds of the actuarial portfolio's event classes, in mph/s (1 mph/s = 0.44704 m/s²).
/// Count arrays in <see cref="TripFeatures"/> are indexed like these arrays.
/// </summary>
public static class HarshEventThresholds
{
    public const double MetresPerSecondSquaredPerMphPerSecond = 0.44704;

    /// <summary>Acceleration and braking classes: at least 6, 8, 9, 11, 12 and 14 mph/s.</summary>
    public static readonly IReadOnlyList<int> LongitudinalMphPerSecond = [6, 8, 9, 11, 12, 14];

    /// <summary>Left and right turn classes by lateral intensity: at least 8, 9, 10, 11 and 12 mph/s.</summary>
    public static readonly IReadOnlyList<int> LateralMphPerSecond = [8, 9, 10, 11, 12];
}
