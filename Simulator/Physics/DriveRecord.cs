using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Physics;

/// <summary>A simulated drive: its exact samples, the harsh episodes it contained, and the distance driven.</summary>
public sealed record DriveRecord(IReadOnlyList<TrueSample> Samples, IReadOnlyList<HarshEpisode> Episodes, double DistanceM)
{
    /// <summary>The episodes counted at the lowest thresholds, by class.</summary>
    public HarshEventCounts Harsh { get; } = new(
        Episodes.Count(e => e.Manoeuvre == HarshManoeuvre.Acceleration),
        Episodes.Count(e => e.Manoeuvre == HarshManoeuvre.Braking),
        Episodes.Count(e => e.Manoeuvre == HarshManoeuvre.LeftTurn),
        Episodes.Count(e => e.Manoeuvre == HarshManoeuvre.RightTurn));

    public double DurationS => Samples[^1].TimeS;
}
