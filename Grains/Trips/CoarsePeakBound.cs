using Telematics.Geo;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// The least longitudinal peak that fits a long interval: its two end speeds and the distance between its two fixes.
/// </summary>
/// <remarks>
/// A mean over a 10 s interval hides how the speed changed inside it: a stop from 20 m/s reads 2 m/s² whether the car
/// braked gently all along or held its speed for 6 s and stopped in 4. The distance tells them apart. With the speed
/// never above <c>v̂</c> and the acceleration never beyond <c>A</c>, the farthest the car can go while changing speed by
/// <c>Δv</c> in <c>T</c> is <c>v̂·T − Δv² / 2A</c> (it holds <c>v̂</c> as long as it can), so a distance <c>D</c> needs
/// <c>A ≥ Δv² / 2(v̂·T − D)</c>. At the trapezoid's distance, with <c>v̂</c> the higher end speed, that is the mean
/// <c>|Δv| / T</c>; a shorter distance (the change came early) leaves the mean; a longer one says the change came late
/// and sharp. To stay a lower bound under noise, <c>v̂</c> is the higher end speed plus a speed margin (a car cruising
/// between two fixes drifts above both) and <c>D</c> the chord less a distance margin (two fixes' position error); the
/// chord is shorter than a curved road, which only lowers the bound further.
/// </remarks>
internal static class CoarsePeakBound
{
    /// <summary>
    /// The bound, signed as the speed change; the mean when the bound is not above it, when either fix has no position,
    /// or when the bound is beyond <see cref="TripFeatureOptions.MaxDerivedAccelerationMps2"/> (a glitch, not a manoeuvre).
    /// </summary>
    public static double Of(in TelemetrySample from, in TelemetrySample to, double fromSpeedMps, double toSpeedMps, TripFeatureOptions options)
    {
        var seconds = (to.UtcTicks - from.UtcTicks) / (double)TimeSpan.TicksPerSecond;
        var change = toSpeedMps - fromSpeedMps;
        var mean = change / seconds;
        if (!from.HasPosition || !to.HasPosition)
        {
            return mean;
        }

        var chordM = GeoMath.HaversineM(from.Latitude, from.Longitude, to.Latitude, to.Longitude);
        var topSpeedMps = Math.Max(fromSpeedMps, toSpeedMps) + options.PeakBoundSpeedMarginMps;
        var slackM = topSpeedMps * seconds - (chordM - options.PeakBoundDistanceMarginM);
        if (slackM <= 0)
        {
            return mean;
        }

        var bound = change * change / (2 * slackM);
        return bound > Math.Abs(mean) && bound <= options.MaxDerivedAccelerationMps2 ? Math.Sign(change) * bound : mean;
    }
}
