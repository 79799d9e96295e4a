namespace Telematics.Simulator.Sensors;

/// <summary>
/// How the simulated device sees the motion: GNSS noise, accelerometer noise and lost data.
/// </summary>
/// <param name="GpsSigmaM">Standard deviation of the position error per axis; phones and OEM boxes in the open: 2–5 m.</param>
/// <param name="GpsCorrelationS">Time constant of the position error: GNSS error drifts slowly rather than jumping each fix.</param>
/// <param name="SpeedSigmaMps">Noise of the Doppler speed.</param>
/// <param name="HeadingSigmaDeg">Noise of the course over ground while moving.</param>
/// <param name="AccelSigmaMps2">Noise of the filtered accelerometer reading.</param>
/// <param name="DropoutsPerHour">Rate of lost-signal spells (tunnels, coverage holes).</param>
/// <param name="MinDropoutS">Shortest spell; above the platform's 3 s gap limit so that each one is a real gap.</param>
/// <param name="MaxDropoutS">Longest spell.</param>
public sealed record SensorOptions(
    double GpsSigmaM,
    double GpsCorrelationS,
    double SpeedSigmaMps,
    double HeadingSigmaDeg,
    double AccelSigmaMps2,
    double DropoutsPerHour,
    double MinDropoutS,
    double MaxDropoutS)
{
    public static readonly SensorOptions Default = new(3, 30, 0.1, 1.5, 0.05, 6, 4, 20);

    /// <summary>A perfect device: the exact motion, every sample; for checking the physics itself.</summary>
    public static readonly SensorOptions Ideal = new(0, 30, 0, 0, 0, 0, 4, 20);

    /// <summary>False for a device with no accelerometer (a phone app over OsmAnd, a basic tracker): it reports zero acceleration.</summary>
    public bool Accelerometer { get; init; } = true;

    /// <summary>The 95 % horizontal radius a device reports as its accuracy for this noise (about 2.45 σ for a 2-D Gaussian).</summary>
    public double ReportedAccuracyM => Math.Round(2.45 * GpsSigmaM, 1);
}
