using Telematics.Safety;
using Telematics.Trips;

namespace Telematics.UnitTests.Safety;

public sealed class SafetyAlertRulesTests
{
    private static TripFeatures Trip(int[]? brakings = null, int[]? lefts = null, double speedingM = 0, double phoneS = 0) => new(
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(20), DistanceM: 10_000, DurationS: 1_200, MaxSpeedMps: 25,
        AccelerationCounts: [0, 0, 0, 0, 0, 0], BrakingCounts: brakings ?? [0, 0, 0, 0, 0, 0], LeftTurnCounts: lefts ?? [0, 0, 0, 0, 0],
        RightTurnCounts: [0, 0, 0, 0, 0], EventCount: 1_200, SpeedingDistanceM: speedingM, PhoneUseS: phoneS);

    [Fact]
    public void A_calm_trip_raises_nothing()
    {
        Assert.Empty(SafetyAlertRules.Evaluate(Trip(brakings: [3, 2, 1, 0, 0, 0], speedingM: 1_999, phoneS: 59)));
    }

    [Fact]
    public void Brakings_and_turns_at_11_mph_per_second_or_more_raise_alerts_with_their_counts()
    {
        var alerts = SafetyAlertRules.Evaluate(Trip(brakings: [4, 4, 3, 2, 1, 0], lefts: [2, 2, 1, 1, 0]));

        Assert.Equal([SafetyAlertKind.HarshBraking, SafetyAlertKind.HarshCornering], alerts.Select(a => a.Kind));
        Assert.StartsWith("2 very hard braking", alerts[0].Message);
        Assert.StartsWith("1 very sharp turn", alerts[1].Message);
    }

    [Fact]
    public void A_fifth_of_the_distance_over_the_limit_and_a_minute_on_the_phone_raise_alerts()
    {
        var alerts = SafetyAlertRules.Evaluate(Trip(speedingM: 2_000, phoneS: 60));

        Assert.Equal([SafetyAlertKind.Speeding, SafetyAlertKind.PhoneUse], alerts.Select(a => a.Kind));
    }
}
