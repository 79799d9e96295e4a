using Telematics.Simulator.Physics;
using Telematics.Simulator.Roads;
using Telematics.Simulator.Sensors;

namespace Telematics.UnitTests.Simulator;

public sealed class FixScheduleTests
{
    /// <summary>0.1 s samples of a car speeding up at 2 m/s² for 3 s, then braking at 3 m/s² for 2 s.</summary>
    private static readonly IReadOnlyList<TrueSample> Samples = [.. Enumerable.Range(0, 51).Select(i =>
    {
        var t = i / 10.0;
        var accel = i == 0 ? 0 : t <= 3 + 1e-9 ? 2 : -3;
        var speed = t <= 3 ? 2 * t : 6 - 3 * (t - 3);
        return new TrueSample(t, new Vector2(0, 0), 0, speed, accel, 0.5, 13.9, false);
    })];

    [Fact]
    public void Fixes_come_one_interval_apart_with_the_first_and_last_sample_always()
    {
        var fixes = FixSchedule.Thin(Samples, () => 2);

        Assert.Equal([0, 2, 4, 5], fixes.Select(f => Math.Round(f.TimeS, 6)));
    }

    [Fact]
    public void Each_fix_carries_the_mean_acceleration_since_the_one_before()
    {
        var fixes = FixSchedule.Thin(Samples, () => 2);

        // 0–2 s: 2 m/s²; 2–4 s: 1 s at 2 and 1 s at −3; 4–5 s: −3.
        Assert.Equal([0, 2, -0.5, -3], fixes.Select(f => Math.Round(f.AccelLongMps2, 9)));
        Assert.All(fixes.Skip(1), f => Assert.Equal(0.5, f.AccelLatMps2, 9));
        Assert.All(fixes.Zip(fixes.Skip(1)), p => Assert.Equal(p.Second.SpeedMps - p.First.SpeedMps, p.Second.AccelLongMps2 * (p.Second.TimeS - p.First.TimeS), 9));
    }

    [Fact]
    public void An_interval_drawn_per_fix_is_asked_once_per_fix()
    {
        var intervals = new Queue<double>([1.5, 0.5, 2.5, 10]);

        var fixes = FixSchedule.Thin(Samples, intervals.Dequeue);

        Assert.Equal([0, 1.5, 2, 4.5, 5], fixes.Select(f => Math.Round(f.TimeS, 6)));
    }
}
