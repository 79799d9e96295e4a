using Telematics.Simulator.Driving;
using Telematics.Trips;

namespace Telematics.Simulator.Physics;

/// <summary>
/// Counts the harsh events the simulation really drove, from its exact accelerations at every integration step:
/// an event is a spell of at least <see cref="MinimumDuration"/> at or above the lowest threshold of its class.
/// </summary>
/// <remarks>
/// The duration is the platform's default minimum episode, so a harsh manoeuvre means the same here as there;
/// what the platform sees differs only by sampling, sensor noise and lost data, which is what the ground truth
/// is there to measure.
/// </remarks>
public sealed class HarshEpisodeTruth
{
    public const double MinimumDuration = 0.5;
    private static readonly double LongitudinalMps2 = HarshEventThresholds.LongitudinalMphPerSecond[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
    private static readonly double LateralMps2 = HarshEventThresholds.LateralMphPerSecond[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
    private readonly Spell _acceleration = new(LongitudinalMps2);
    private readonly Spell _braking = new(LongitudinalMps2);
    private readonly Spell _left = new(LateralMps2);
    private readonly Spell _right = new(LateralMps2);

    public void Add(double accelLongMps2, double accelLatMps2, double stepS)
    {
        _acceleration.Add(accelLongMps2, stepS);
        _braking.Add(-accelLongMps2, stepS);
        _left.Add(accelLatMps2, stepS);
        _right.Add(-accelLatMps2, stepS);
    }

    public HarshEventCounts Finish() => new(_acceleration.Finish(), _braking.Finish(), _left.Finish(), _right.Finish());

    private sealed class Spell(double thresholdMps2)
    {
        private double _durationS;

        public int Count { get; private set; }

        public void Add(double intensityMps2, double stepS)
        {
            if (intensityMps2 >= thresholdMps2)
            {
                _durationS += stepS;
            }
            else
            {
                End();
            }
        }

        public int Finish()
        {
            End();
            return Count;
        }

        private void End()
        {
            // Rounding of summed steps must not drop a spell of exactly the minimum.
            Count += _durationS >= MinimumDuration - 1e-9 ? 1 : 0;
            _durationS = 0;
        }
    }
}
