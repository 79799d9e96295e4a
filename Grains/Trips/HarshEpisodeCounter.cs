namespace Telematics.Trips;

/// <summary>
/// Counts harsh episodes along one direction of one axis (accelerating, braking, turning left or right).
/// </summary>
/// <remarks>
/// A harsh event is an <em>episode</em>, not a sample, so a 3 s braking at 10 Hz is one braking:
/// <list type="bullet">
/// <item>it opens at the first reading at or above the lowest threshold of the class;</item>
/// <item>it stays open while readings stay above that threshold less
/// <see cref="TripFeatureOptions.EpisodeHysteresisMphPerSecond"/>, and ends at the first reading below, at a
/// gap, or at the end of the trip;</item>
/// <item>each reading holds until the next sample (zero-order hold), which makes durations independent of
/// the sampling rate; the reading before a gap or at the end of the trip holds for no time;</item>
/// <item>it counts at every threshold at or above which it spent at least
/// <see cref="TripFeatureOptions.MinimumEpisodeDuration"/>, so counts at higher thresholds never exceed those
/// at lower ones and a one-sample spike cannot promote a mild episode.</item>
/// </list>
/// </remarks>
internal sealed class HarshEpisodeCounter
{
    // A reading of exactly N mph/s, converted to m/s², must land in class N despite rounding.
    private const double ThresholdToleranceMps2 = 1e-9;
    private readonly double[] _thresholdsMps2;
    private readonly double _exitMps2;
    private readonly long _minimumTicks;
    private readonly long[] _ticksAtOrAbove;
    private int _thresholdsReached;
    private bool _open;

    public HarshEpisodeCounter(IReadOnlyList<int> thresholdsMphPerSecond, TripFeatureOptions options)
    {
        _thresholdsMps2 = [.. thresholdsMphPerSecond.Select(t => ToMps2(t) - ThresholdToleranceMps2)];
        _exitMps2 = ToMps2(thresholdsMphPerSecond[0] - options.EpisodeHysteresisMphPerSecond);
        _minimumTicks = options.MinimumEpisodeDuration.Ticks;
        _ticksAtOrAbove = new long[_thresholdsMps2.Length];
        Counts = new int[_thresholdsMps2.Length];
    }

    /// <summary>Episodes counted so far at each threshold.</summary>
    public int[] Counts { get; }

    /// <summary>Takes one reading, in m/s² positive in this counter's direction, held for <paramref name="holdTicks"/>.</summary>
    public void Add(double intensityMps2, long holdTicks)
    {
        if (intensityMps2 < (_open ? _exitMps2 : _thresholdsMps2[0]))
        {
            Close();
            return;
        }

        _open = true;
        var k = 0;
        for (; k < _thresholdsMps2.Length && intensityMps2 >= _thresholdsMps2[k]; k++)
        {
            _ticksAtOrAbove[k] += holdTicks;
        }

        _thresholdsReached = Math.Max(_thresholdsReached, k);
    }

    /// <summary>Ends the open episode, if any, and counts it.</summary>
    public void Close()
    {
        if (!_open)
        {
            return;
        }

        for (var k = 0; k < _thresholdsReached && _ticksAtOrAbove[k] >= _minimumTicks; k++)
        {
            Counts[k]++;
        }

        Array.Clear(_ticksAtOrAbove);
        _thresholdsReached = 0;
        _open = false;
    }

    private static double ToMps2(double mphPerSecond) => mphPerSecond * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
}
