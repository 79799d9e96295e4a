namespace Telematics.Simulator.Driving;

/// <summary>
/// A driver's habits. Accelerations in m/s²; probabilities are per manoeuvre (a start, a stop or a turn).
/// </summary>
public sealed record DrivingProfile(
    string Name,
    double SpeedFactor,
    double NormalAccelMps2,
    double NormalBrakeMps2,
    double HarshProbability,
    double HarshIntensityMps2,
    double TurnLateralMps2)
{
    public static readonly DrivingProfile Safe = new("safe", 0.95, 1.2, 1.5, 0.01, 3.4, 1.5);
    public static readonly DrivingProfile Average = new("average", 1.02, 1.6, 2.0, 0.05, 3.8, 2.5);
    public static readonly DrivingProfile Risky = new("risky", 1.15, 2.2, 2.6, 0.25, 5.0, 4.2);

    public static IReadOnlyList<DrivingProfile> BuiltIn { get; } = [Safe, Average, Risky];
}
