using Telematics.Simulator.Physics;
using Telematics.Trips;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// Recall and precision of the platform's harsh events against the ground truth, per threshold, and its distance error,
/// over many trips. Events are matched within each trip and class by count: a trip with 3 true brakings at a threshold
/// and 2 found there has 2 matched, 1 missed, none false.
/// </summary>
/// <remarks>
/// The platform reports counts per trip, not the events' times, so matching by count within a trip is the finest it
/// allows; a missed event and a false one in the same trip and class cancel out, which makes both figures an upper bound.
/// </remarks>
public sealed class HarshRecovery
{
    private readonly Tally _longitudinal = new(HarshEventThresholds.LongitudinalMphPerSecond.Count);
    private readonly Tally _lateral = new(HarshEventThresholds.LateralMphPerSecond.Count);
    private double _trueMiles;
    private double _foundMiles;

    public int Trips { get; private set; }

    public int PlatformTrips { get; private set; }

    public void Add(DriveRecord truth, ObservedTrip found)
    {
        Trips++;
        PlatformTrips += found.PlatformTrips;
        _trueMiles += truth.DistanceM / 1609.344;
        _foundMiles += found.Miles;
        _longitudinal.Add(truth.Episodes, HarshManoeuvre.Acceleration, found.Accelerations);
        _longitudinal.Add(truth.Episodes, HarshManoeuvre.Braking, found.Brakings);
        _lateral.Add(truth.Episodes, HarshManoeuvre.LeftTurn, found.LeftTurns);
        _lateral.Add(truth.Episodes, HarshManoeuvre.RightTurn, found.RightTurns);
    }

    public double TrueMiles => _trueMiles;

    /// <summary>(found − true) / true miles.</summary>
    public double DistanceError => _trueMiles > 0 ? (_foundMiles - _trueMiles) / _trueMiles : double.NaN;

    /// <summary>Accelerations and brakings at the longitudinal threshold of this index.</summary>
    public Recovery Longitudinal(int thresholdIndex) => _longitudinal.At(thresholdIndex);

    /// <summary>Left and right turns at the lateral threshold of this index.</summary>
    public Recovery Lateral(int thresholdIndex) => _lateral.At(thresholdIndex);

    /// <param name="Recall">Matched / true; NaN with no true event.</param>
    /// <param name="Precision">Matched / found; NaN with none found.</param>
    public readonly record struct Recovery(long True, long Found, long Matched)
    {
        public double Recall => True > 0 ? (double)Matched / True : double.NaN;

        public double Precision => Found > 0 ? (double)Matched / Found : double.NaN;
    }

    private sealed class Tally(int thresholds)
    {
        private readonly long[] _true = new long[thresholds];
        private readonly long[] _found = new long[thresholds];
        private readonly long[] _matched = new long[thresholds];

        public void Add(IReadOnlyList<HarshEpisode> episodes, HarshManoeuvre manoeuvre, int[] found)
        {
            for (var k = 0; k < _true.Length; k++)
            {
                var truth = episodes.Count(e => e.Manoeuvre == manoeuvre && e.CountsAt(k));
                _true[k] += truth;
                _found[k] += found[k];
                _matched[k] += Math.Min(truth, found[k]);
            }
        }

        public Recovery At(int k) => new(_true[k], _found[k], _matched[k]);
    }
}
