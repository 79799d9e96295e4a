using Telematics.Geo;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Speed for a trip whose device reported none, from its accepted positions: each averaged over
/// <see cref="TripFeatureOptions.PositionSmoothingWindow"/>, then the distance between the smoothed positions at least
/// <see cref="TripFeatureOptions.PositionSpeedWindow"/> apart around the sample, over their time.
/// </summary>
/// <remarks>
/// Summing raw GNSS legs adds the jitter to the distance (±15 m at 10 Hz more than doubled it); averaging first and
/// measuring long chords leaves a bias of the order of σ²/L, well under 1 % at road speeds. Samples without an accepted
/// position take the speed of the nearest one that has. Features then treat the estimate as reported speed.
/// </remarks>
internal static class PositionSpeedEstimator
{
    public static double[] Estimate(ReadOnlySpan<TelemetrySample> samples, TripFeatureOptions options)
    {
        var located = new List<int>(samples.Length);
        for (var i = 0; i < samples.Length; i++)
        {
            if (samples[i].HasPosition)
            {
                located.Add(i);
            }
        }

        var speeds = new double[samples.Length];
        if (located.Count < 2)
        {
            return speeds;
        }

        var (latitudes, longitudes) = Smoothed(samples, located, options.PositionSmoothingWindow.Ticks / 2);
        var halfSpan = options.PositionSpeedWindow.Ticks / 2;
        var locatedSpeeds = new double[located.Count];
        for (int j = 0, lo = 0, hi = 0; j < located.Count; j++)
        {
            var at = samples[located[j]].UtcTicks;
            while (lo < j && samples[located[lo + 1]].UtcTicks <= at - halfSpan)
            {
                lo++;
            }

            hi = Math.Max(hi, j);
            while (hi < located.Count - 1 && samples[located[hi]].UtcTicks < at + halfSpan)
            {
                hi++;
            }

            var (from, to) = lo == hi ? (Math.Max(0, j - 1), Math.Min(located.Count - 1, j + 1)) : (lo, hi);
            var seconds = (samples[located[to]].UtcTicks - samples[located[from]].UtcTicks) / (double)TimeSpan.TicksPerSecond;
            locatedSpeeds[j] = GeoMath.HaversineM(latitudes[from], longitudes[from], latitudes[to], longitudes[to]) / seconds;
        }

        for (int i = 0, j = 0; i < samples.Length; i++)
        {
            while (j < located.Count - 1 && Math.Abs(samples[located[j + 1]].UtcTicks - samples[i].UtcTicks) <= Math.Abs(samples[located[j]].UtcTicks - samples[i].UtcTicks))
            {
                j++;
            }

            speeds[i] = locatedSpeeds[j];
        }

        return speeds;
    }

    /// <summary>Centred moving averages, by time, through running sums; positions a few kilometres apart average as planar.</summary>
    private static (double[] Latitudes, double[] Longitudes) Smoothed(ReadOnlySpan<TelemetrySample> samples, List<int> located, long halfWindowTicks)
    {
        var latitudes = new double[located.Count];
        var longitudes = new double[located.Count];
        double sumLat = 0, sumLon = 0;
        for (int j = 0, lo = 0, hi = 0; j < located.Count; j++)
        {
            var at = samples[located[j]].UtcTicks;
            for (; hi < located.Count && samples[located[hi]].UtcTicks <= at + halfWindowTicks; hi++)
            {
                sumLat += samples[located[hi]].Latitude;
                sumLon += samples[located[hi]].Longitude;
            }

            for (; samples[located[lo]].UtcTicks < at - halfWindowTicks; lo++)
            {
                sumLat -= samples[located[lo]].Latitude;
                sumLon -= samples[located[lo]].Longitude;
            }

            latitudes[j] = sumLat / (hi - lo);
            longitudes[j] = sumLon / (hi - lo);
        }

        return (latitudes, longitudes);
    }
}
