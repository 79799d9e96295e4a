using Telematics.Trips;

namespace Telematics.Simulator.Driving;

/// <summary>
/// Checks a profile before it drives: habits must be physically possible, and usual manoeuvres must stay under
/// the harsh thresholds while harsh ones exceed them, or the simulator's ground truth would not mean what it says.
/// </summary>
public static class DrivingProfileValidator
{
    private const double ThresholdMarginMps2 = 0.2;
    private const double MaxTyreGripMps2 = 9;

    public static IReadOnlyList<string> Validate(DrivingProfile p)
    {
        var longitudinal = HarshEventThresholds.LongitudinalMphPerSecond[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
        var lateral = HarshEventThresholds.LateralMphPerSecond[0] * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;
        var errors = new List<string>();
        Check(string.IsNullOrWhiteSpace(p.Name), "name is required");
        Check(p.CruiseSpeedFactor is <= 0.3 or > 1.5, "cruiseSpeedFactor must be above 0.3 and at most 1.5");
        Share(p.SpeedingShare, nameof(p.SpeedingShare));
        Check(p.SpeedingExcess is < 0 or > 1, "speedingExcess must be between 0 and 1");
        Usual(p.AccelMps2, longitudinal, nameof(p.AccelMps2));
        Usual(p.BrakeMps2, longitudinal, nameof(p.BrakeMps2));
        Usual(p.CorneringLateralMps2, lateral, nameof(p.CorneringLateralMps2));
        Share(p.HarshShare, nameof(p.HarshShare));
        Harsh(p.HarshAccelMps2, longitudinal, nameof(p.HarshAccelMps2));
        Harsh(p.HarshBrakeMps2, longitudinal, nameof(p.HarshBrakeMps2));
        Harsh(p.HarshLateralMps2, lateral, nameof(p.HarshLateralMps2));
        Share(p.NightTripShare, nameof(p.NightTripShare));
        Check(p.PhoneUsesPerHour is < 0 or > 60, "phoneUsesPerHour must be between 0 and 60");
        return errors;

        void Check(bool bad, string message)
        {
            if (bad)
            {
                errors.Add($"profile '{p.Name}': {message}.");
            }
        }

        void Share(double value, string name) => Check(value is < 0 or > 1, $"{Camel(name)} must be between 0 and 1");

        void Usual(double value, double threshold, string name) =>
            Check(value <= 0 || value > threshold - ThresholdMarginMps2, $"{Camel(name)} must be above 0 and at most {threshold - ThresholdMarginMps2:0.00} m/s², under the harsh threshold");

        void Harsh(double value, double threshold, string name) =>
            Check(value < threshold + ThresholdMarginMps2 || value > MaxTyreGripMps2, $"{Camel(name)} must be between {threshold + ThresholdMarginMps2:0.00} and {MaxTyreGripMps2} m/s²");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
