using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Telematics.Trips;
using Xunit.Abstractions;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// Harsh events derived from a 1 Hz phone (no accelerometer) against what the accuracy table's drivers drove (the same
/// 520 miles per profile as <c>bench/run-accuracy.sh</c>), through cleaning and feature extraction alone. The figures are
/// those of docs/features.md, "Derived recall at 1 s and its limit"; the test holds what the default spans promise.
/// </summary>
[Collection(SimulatedDrivesCollection.Name)]
public sealed class DerivedRecallTests(ITestOutputHelper output)
{
    private static readonly DeviceKind PerfectPhone = DeviceKind.Phone with { Sensors = SensorOptions.Ideal with { Accelerometer = false } };

    [Fact]
    public void A_phone_at_1_Hz_finds_most_harsh_events_of_8_mph_per_s_and_no_false_ones_of_noise()
    {
        var safe = Recover(DrivingProfile.Safe, DeviceKind.Phone, new TripFeatureOptions());
        var average = Recover(DrivingProfile.Average, DeviceKind.Phone, new TripFeatureOptions());
        var risky = Recover(DrivingProfile.Risky, DeviceKind.Phone, new TripFeatureOptions());

        // Over 1 s spans the safe driver's speed noise alone made 22 times the harsh events it drove.
        Assert.InRange(safe.Longitudinal(0).Found, 0, safe.Longitudinal(0).True + 2);
        Assert.InRange(safe.Lateral(0).Found, 0, safe.Lateral(0).True + 2);
        Assert.InRange(average.Longitudinal(0).Found, 0.5 * average.Longitudinal(0).True, 1.5 * average.Longitudinal(0).True);
        Assert.True(risky.Longitudinal(1).Recall >= 0.6, $"risky recall at 8 mph/s {risky.Longitudinal(1).Recall:P0}");
        Assert.True(risky.Longitudinal(1).Precision >= 0.9, $"risky precision at 8 mph/s {risky.Longitudinal(1).Precision:P0}");
    }

    /// <summary>The ceiling the noise is measured against: exact speed and course at 1 Hz, differenced over 1 s.</summary>
    [Fact]
    public void A_perfect_1_Hz_speed_differenced_over_1_s_finds_about_nine_in_ten_harsh_events_of_8_mph_per_s()
    {
        var risky = Recover(DrivingProfile.Risky, PerfectPhone, new TripFeatureOptions { LongitudinalDerivationWindow = TimeSpan.FromSeconds(1) });

        Assert.InRange(risky.Longitudinal(1).Recall, 0.85, 0.95);
        Assert.True(risky.Longitudinal(1).Precision >= 0.95, $"precision at 8 mph/s {risky.Longitudinal(1).Precision:P0}");
    }

    private HarshRecovery Recover(DrivingProfile profile, DeviceKind kind, TripFeatureOptions options)
    {
        var recovery = InProcessRecovery.Of(profile, kind, 1, options);
        output.WriteLine($"{profile.Name}: {Line(recovery)}");
        return recovery;
    }

    private static string Line(HarshRecovery r) =>
        string.Join(" · ", new[] { ("≥ 6", r.Longitudinal(0)), ("≥ 8", r.Longitudinal(1)), ("turns ≥ 8", r.Lateral(0)) }
            .Select(x => $"{x.Item1} {x.Item2.Recall:P0} / {x.Item2.Precision:P0} ({x.Item2.Found} found / {x.Item2.True})"));
}
