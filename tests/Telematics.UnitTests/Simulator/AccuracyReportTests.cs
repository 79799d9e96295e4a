using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Physics;
using Telematics.Simulator.Sensors;

namespace Telematics.UnitTests.Simulator;

public sealed class AccuracyReportTests
{
    private static readonly FleetMember Member = FleetPlan.Create(1)[0];

    [Fact]
    public void Risky_above_safe_is_met_on_a_higher_category_and_recall_is_judged_at_1_s_without_an_accelerometer()
    {
        var bars = AccuracyReport.Bars([
            Result(DrivingProfile.Safe, DeviceKind.TelematicsBox, 1, "Low", found: 0),
            Result(DrivingProfile.Risky, DeviceKind.TelematicsBox, 1, "High", found: 0),
            Result(DrivingProfile.Safe, DeviceKind.TelematicsBox, 5, "Moderate", found: 0),
            Result(DrivingProfile.Risky, DeviceKind.TelematicsBox, 5, "Moderate", found: 0),
            Result(DrivingProfile.Risky, DeviceKind.Phone, 1, "High", found: 9),
            Result(DrivingProfile.Risky, DeviceKind.Phone, 5, "High", found: 0),
        ]).ToList();

        Assert.Equal(
            ["- met: risky above safe, telematics box, 1 s, in order: High against Low",
             "- **not met**: risky above safe, telematics box, 5 s, in order: Moderate against Moderate",
             "- met: recall ≥ 90 % at 8 mph/s from derived acceleration at 1 s, risky, phone, in order: 90 (9 of 10)"],
            bars);
    }

    /// <summary>A cell whose one trip had 10 brakings counting at 8 mph/s, of which the platform found <paramref name="found"/>.</summary>
    private static AccuracyResult Result(DrivingProfile profile, DeviceKind kind, double intervalS, string category, int found)
    {
        var recovery = new HarshRecovery();
        var episodes = Enumerable.Range(0, 10).Select(i => new HarshEpisode(HarshManoeuvre.Braking, i * 10, i * 10 + 1, i * 10 + 0.5, 4, 2)).ToList();
        TrueSample[] samples = [new(0, default, 0, 0, 0, 0, 10, false), new(100, default, 0, 0, 0, 0, 10, false)];
        recovery.Add(new DriveRecord(samples, episodes, 1609.344), new ObservedTrip(new int[6], [found, found, 0, 0, 0, 0], new int[5], new int[5], 1, 1));
        return new AccuracyResult(new AccuracyCell(profile, kind, intervalS, false, Member), recovery, new PlatformScore(0.05, 50, category, false, 600));
    }
}
