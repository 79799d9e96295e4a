namespace Telematics.Simulator.Driving;

/// <summary>
/// A driver's habits. Accelerations in m/s²; shares are per manoeuvre (a start, a stop, a turn) or per street;
/// rates per hour of driving.
/// </summary>
/// <param name="CruiseSpeedFactor">Cruising speed as a multiple of the posted limit on a street driven lawfully.</param>
/// <param name="SpeedingShare">Share of streets on which the driver cruises above the limit.</param>
/// <param name="SpeedingExcess">How far above the limit, as a fraction of it (0.2 = 20 % over).</param>
/// <param name="AccelMps2">Usual acceleration pulling away; kept under the 6 mph/s (2.68 m/s²) harsh threshold.</param>
/// <param name="BrakeMps2">Usual deceleration.</param>
/// <param name="CorneringLateralMps2">Usual lateral acceleration taking a corner; under the 8 mph/s (3.58 m/s²) threshold.</param>
/// <param name="HarshShare">Share of starts, stops and turns the driver takes harshly.</param>
/// <param name="HarshAccelMps2">Acceleration of a harsh start.</param>
/// <param name="HarshBrakeMps2">Deceleration of a harsh stop.</param>
/// <param name="HarshLateralMps2">Lateral acceleration of a harsh turn.</param>
/// <param name="NightTripShare">Share of trips started between midnight and 4 am local time.</param>
/// <param name="PhoneUsesPerHour">How often the driver picks up the phone while driving.</param>
public sealed record DrivingProfile(
    string Name,
    double CruiseSpeedFactor,
    double SpeedingShare,
    double SpeedingExcess,
    double AccelMps2,
    double BrakeMps2,
    double CorneringLateralMps2,
    double HarshShare,
    double HarshAccelMps2,
    double HarshBrakeMps2,
    double HarshLateralMps2,
    double NightTripShare,
    double PhoneUsesPerHour)
{
    // Harsh shares and levels put the built-in drivers inside the training portfolio's range (measured over 100 trips on the
    // grid town, `ProfileRangeTests`): accelerations ≥ 6 mph/s per 1,000 miles at the portfolio's 17th (safe, 9), 64th
    // (average, 36) and 93rd (risky, 115) percentiles; the risky driver's 65 brakings ≥ 9 and 41 ≥ 11 mph/s sit in its top
    // 0.5 % and 0.1 %, below its highest (359 and 147). The former shares (1 %, 4 %, 15 % of manoeuvres) and risky's 5.0 m/s²
    // stops gave the risky driver 418 accelerations ≥ 6 and 164 brakings ≥ 11 mph/s per 1,000 miles, past the portfolio's
    // highest, so the model could only score it at its edge.
    public static readonly DrivingProfile Safe = new("safe", 0.92, 0.02, 0.08, 1.4, 1.6, 1.8, 0.003, 3.3, 3.8, 4.2, 0.01, 0.1);
    public static readonly DrivingProfile Average = new("average", 0.98, 0.10, 0.12, 1.8, 2.0, 2.3, 0.01, 3.5, 4.2, 4.4, 0.04, 0.5);
    public static readonly DrivingProfile Risky = new("risky", 1.05, 0.35, 0.20, 2.1, 2.2, 2.8, 0.04, 4.0, 4.8, 4.8, 0.12, 2.0);

    public static IReadOnlyList<DrivingProfile> BuiltIn { get; } = [Safe, Average, Risky];
}
