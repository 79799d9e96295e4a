namespace Telematics.Simulator.Physics;

/// <summary>Phone pick-ups as a Poisson process in driving time, each held for 20 s to 2 min.</summary>
public sealed class PhoneHabit(Random random, double usesPerHour)
{
    private double _busyForS;

    public bool InUse => _busyForS > 0;

    public void Advance(double stepS)
    {
        if (_busyForS > 0)
        {
            _busyForS -= stepS;
        }
        else if (random.NextDouble() < usesPerHour * stepS / 3600)
        {
            _busyForS = 20 + random.NextDouble() * 100;
        }
    }
}
