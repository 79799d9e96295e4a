using Telematics.Geo;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Live;

/// <summary>A running trip's newest fix and the harsh moments among the fixes that came with it, for the live views.</summary>
/// <param name="Ended">The trip has ended (its features go to the driver to be scored); the position is its last.</param>
public sealed record TripProgress(
    string TripId,
    string DriverId,
    DateTimeOffset At,
    double Latitude,
    double Longitude,
    double SpeedMps,
    IReadOnlyList<HarshMoment> HarshMoments,
    bool Ended = false)
{
    /// <summary>The lowest class the model counts (6 mph/s), the one the trip's harsh-event counts are shown at.</summary>
    public static readonly double HarshMps2 = HarshEventThresholds.LongitudinalMphPerSecond[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    /// <summary>The progress that new fixes make, or null without any; a run of harsh fixes is one moment, at its first.</summary>
    /// <param name="accelerationBefore">The longitudinal acceleration of the fix just before these (m/s²): a run that began there is not new.</param>
    /// <remarks>
    /// From the acceleration the device reports: a device that reports none shows no harsh moments live, though its
    /// trip's features, derived from the speeds, count them when it ends. A reading that is not a number (the API
    /// refuses them, a device port or an older store may not have) is no harsh moment, and a fix without a real
    /// position is not shown: the views, and the JSON that carries progress between nodes, take finite numbers only.
    /// </remarks>
    public static TripProgress? Of(string tripId, string driverId, IReadOnlyList<TelematicsEvent> fixes, double accelerationBefore = 0)
    {
        if (fixes.Count == 0)
        {
            return null;
        }

        var ordered = fixes.Where(fix => GeoMath.IsCoordinate(fix.Latitude, fix.Longitude)).OrderBy(e => e.Timestamp).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var moments = new List<HarshMoment>();
        var previous = HarshSign(accelerationBefore);
        foreach (var fix in ordered)
        {
            var sign = HarshSign(fix.AccelLongMps2);
            if (sign != 0 && sign != previous)
            {
                moments.Add(new HarshMoment(fix.Timestamp, fix.Latitude, fix.Longitude, sign < 0, Math.Abs(fix.AccelLongMps2) / HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond));
            }

            previous = sign;
        }

        var newest = ordered[^1];
        return new TripProgress(tripId, driverId, newest.Timestamp, newest.Latitude, newest.Longitude, double.IsFinite(newest.SpeedMps) ? newest.SpeedMps : 0, moments);
    }

    /// <summary>−1 for a harsh braking, +1 for a harsh acceleration, 0 for neither.</summary>
    private static int HarshSign(double accelLongMps2) =>
        double.IsFinite(accelLongMps2) && Math.Abs(accelLongMps2) >= HarshMps2 ? Math.Sign(accelLongMps2) : 0;
}
