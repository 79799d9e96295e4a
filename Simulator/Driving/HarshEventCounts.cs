namespace Telematics.Simulator.Driving;

/// <summary>Harsh events at the lowest actuarial thresholds: accelerations and brakings ≥ 6 mph/s, turns ≥ 8 mph/s.</summary>
public sealed record HarshEventCounts(int Accelerations, int Brakings, int LeftTurns, int RightTurns)
{
    public static readonly HarshEventCounts None = new(0, 0, 0, 0);

    public int Turns => LeftTurns + RightTurns;

    public static HarshEventCounts operator +(HarshEventCounts a, HarshEventCounts b) =>
        new(a.Accelerations + b.Accelerations, a.Brakings + b.Brakings, a.LeftTurns + b.LeftTurns, a.RightTurns + b.RightTurns);
}
