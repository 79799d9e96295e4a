namespace Telematics.Simulator.Sensors;

/// <summary>Spells of lost signal drawn as a Poisson process over a drive; samples inside one never reach the platform.</summary>
public sealed class DropoutSchedule
{
    private readonly List<(double Start, double End)> _spells = [];

    public DropoutSchedule(Random random, SensorOptions options, double durationS)
    {
        var rate = options.DropoutsPerHour / 3600;
        for (var t = NextGap(random, rate); t < durationS; t += NextGap(random, rate))
        {
            var length = options.MinDropoutS + random.NextDouble() * (options.MaxDropoutS - options.MinDropoutS);
            _spells.Add((t, t + length));
            t += length;
        }
    }

    public bool IsLost(double timeS) => _spells.Any(s => timeS > s.Start && timeS < s.End);

    private static double NextGap(Random random, double ratePerS) =>
        ratePerS > 0 ? -Math.Log(1 - random.NextDouble()) / ratePerS : double.PositiveInfinity;
}
