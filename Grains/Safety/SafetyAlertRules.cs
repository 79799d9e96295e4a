using Telematics.Trips;

namespace Telematics.Safety;

/// <summary>
/// Which trips deserve a word to the driver. Thresholds are the portfolio's upper event classes (≥ 11 mph/s, a
/// braking rare enough to matter on its own), a fifth of the distance above the limit, and a minute of phone use on the move.
/// </summary>
public static class SafetyAlertRules
{
    private const int SevereClass = 3; // 11 mph/s, in both the longitudinal and the lateral thresholds
    private const double SpeedingShareAlert = 0.2;
    private const double PhoneUseAlertS = 60;

    public static IReadOnlyList<(SafetyAlertKind Kind, string Message)> Evaluate(TripFeatures trip)
    {
        var alerts = new List<(SafetyAlertKind, string)>();
        var brakings = trip.BrakingCounts.ElementAtOrDefault(SevereClass);
        if (brakings > 0)
        {
            alerts.Add((SafetyAlertKind.HarshBraking, $"{brakings} very hard braking(s) (≥ 11 mph/s) on this trip: leave more room ahead."));
        }

        var accelerations = trip.AccelerationCounts.ElementAtOrDefault(SevereClass);
        if (accelerations > 0)
        {
            alerts.Add((SafetyAlertKind.HarshAcceleration, $"{accelerations} very hard acceleration(s) (≥ 11 mph/s) on this trip."));
        }

        var turns = trip.LeftTurnCounts.ElementAtOrDefault(SevereClass) + trip.RightTurnCounts.ElementAtOrDefault(SevereClass);
        if (turns > 0)
        {
            alerts.Add((SafetyAlertKind.HarshCornering, $"{turns} very sharp turn(s) (≥ 11 mph/s sideways) on this trip: slow down before corners."));
        }

        if (trip.DistanceM > 0 && trip.SpeedingDistanceM / trip.DistanceM >= SpeedingShareAlert)
        {
            alerts.Add((SafetyAlertKind.Speeding, $"{trip.SpeedingDistanceM / trip.DistanceM:P0} of this trip was above the speed limit."));
        }

        if (trip.PhoneUseS >= PhoneUseAlertS)
        {
            alerts.Add((SafetyAlertKind.PhoneUse, $"The phone was in use for {trip.PhoneUseS / 60:F0} minute(s) while moving."));
        }

        return alerts;
    }
}
