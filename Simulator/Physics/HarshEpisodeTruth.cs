using Telematics.Trips;

namespace Telematics.Simulator.Physics;

/// <summary>
/// Finds the harsh events the simulation really drove, from its exact accelerations at every integration step: an
/// event is a spell of at least <see cref="MinimumDuration"/> at or above the lowest threshold of its class, and it
/// counts at every higher threshold at or above which it spent at least as long.
/// </summary>
/// <remarks>
/// The duration and the rule for higher thresholds are the platform's (its minimum episode, and an episode counting
/// where it held long enough), so a harsh manoeuvre means the same here as there; what the platform sees differs only
/// by sampling, sensor noise and lost data, which is what the ground truth is there to measure.
/// </remarks>
public sealed class HarshEpisodeTruth
{
    public const double MinimumDuration = 0.5;
    private readonly List<HarshEpisode> _episodes = [];
    private readonly Spell _acceleration = new(HarshManoeuvre.Acceleration, HarshEventThresholds.LongitudinalMphPerSecond);
    private readonly Spell _braking = new(HarshManoeuvre.Braking, HarshEventThresholds.LongitudinalMphPerSecond);
    private readonly Spell _left = new(HarshManoeuvre.LeftTurn, HarshEventThresholds.LateralMphPerSecond);
    private readonly Spell _right = new(HarshManoeuvre.RightTurn, HarshEventThresholds.LateralMphPerSecond);
    private double _timeS;

    public void Add(double accelLongMps2, double accelLatMps2, double stepS)
    {
        _acceleration.Add(accelLongMps2, _timeS, stepS, _episodes);
        _braking.Add(-accelLongMps2, _timeS, stepS, _episodes);
        _left.Add(accelLatMps2, _timeS, stepS, _episodes);
        _right.Add(-accelLatMps2, _timeS, stepS, _episodes);
        _timeS += stepS;
    }

    /// <summary>Every episode driven, in the order each ended.</summary>
    public IReadOnlyList<HarshEpisode> Finish()
    {
        foreach (var spell in new[] { _acceleration, _braking, _left, _right })
        {
            spell.End(_timeS, _episodes);
        }

        return _episodes;
    }

    private sealed class Spell(HarshManoeuvre manoeuvre, IReadOnlyList<int> thresholdsMphPerSecond)
    {
        // Rounding of summed steps must not drop a spell of exactly the minimum, nor a reading of exactly a threshold.
        private const double Tolerance = 1e-9;
        private readonly double[] _thresholdsMps2 = [.. thresholdsMphPerSecond.Select(t => t * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond - Tolerance)];
        private readonly double[] _secondsAtOrAbove = new double[thresholdsMphPerSecond.Count];
        private double _startS = double.NaN;
        private double _peakS;
        private double _peakMps2;

        public void Add(double intensityMps2, double timeS, double stepS, List<HarshEpisode> episodes)
        {
            if (intensityMps2 < _thresholdsMps2[0])
            {
                End(timeS, episodes);
                return;
            }

            _startS = double.IsNaN(_startS) ? timeS : _startS;
            if (intensityMps2 > _peakMps2)
            {
                (_peakMps2, _peakS) = (intensityMps2, timeS + stepS);
            }

            for (var k = 0; k < _thresholdsMps2.Length && intensityMps2 >= _thresholdsMps2[k]; k++)
            {
                _secondsAtOrAbove[k] += stepS;
            }
        }

        public void End(double timeS, List<HarshEpisode> episodes)
        {
            var reached = _secondsAtOrAbove.TakeWhile(s => s >= MinimumDuration - Tolerance).Count();
            if (reached > 0)
            {
                episodes.Add(new HarshEpisode(manoeuvre, _startS, timeS, _peakS, _peakMps2, reached));
            }

            Array.Clear(_secondsAtOrAbove);
            (_startS, _peakMps2) = (double.NaN, 0);
        }
    }
}
