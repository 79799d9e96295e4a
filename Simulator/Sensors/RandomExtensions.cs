namespace Telematics.Simulator.Sensors;

public static class RandomExtensions
{
    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double NextGaussian(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
