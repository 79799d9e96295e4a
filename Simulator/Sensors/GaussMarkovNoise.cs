namespace Telematics.Simulator.Sensors;

/// <summary>
/// A first-order Gauss–Markov error: stationary with standard deviation σ and correlated over a time constant τ,
/// the usual model of a GNSS position error that wanders rather than jumping from fix to fix.
/// </summary>
public sealed class GaussMarkovNoise(Random random, double sigma, double timeConstantS)
{
    private double _value = sigma * random.NextGaussian();

    public double Next(double stepS)
    {
        var keep = Math.Exp(-stepS / timeConstantS);
        _value = keep * _value + sigma * Math.Sqrt(1 - keep * keep) * random.NextGaussian();
        return _value;
    }
}
