using Telematics.Trips;

namespace Telematics.Simulator.Physics;

/// <summary>
/// One harsh event the simulation drove: when it began and ended and when it peaked (seconds from the drive's start),
/// its peak intensity (m/s², positive in its own direction) and how many of its class's thresholds it counts at
/// (1 = only the lowest; <see cref="HarshEventThresholds"/> orders them).
/// </summary>
public sealed record HarshEpisode(HarshManoeuvre Manoeuvre, double StartS, double EndS, double PeakS, double PeakMps2, int ThresholdsReached)
{
    public bool IsLongitudinal => Manoeuvre is HarshManoeuvre.Acceleration or HarshManoeuvre.Braking;

    /// <summary>Whether the episode counts at the threshold of index <paramref name="thresholdIndex"/> of its class.</summary>
    public bool CountsAt(int thresholdIndex) => thresholdIndex < ThresholdsReached;
}
