using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Telematics.Trips;
using Xunit.Abstractions;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// Harsh accelerations and brakings from fixes 10 s apart, whose readings are means that hide short manoeuvres, against
/// what the accuracy table's drivers drove (520 miles per profile), through cleaning and feature extraction alone. The
/// figures are those of docs/features.md section 5, "Peaks bounded by distance".
/// </summary>
[Collection(SimulatedDrivesCollection.Name)]
public sealed class CoarseIntervalRecallTests(ITestOutputHelper output)
{
    public static TheoryData<string> Kinds => [DeviceKind.Phone.Name, DeviceKind.TelematicsBox.Name];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void At_10_s_the_risky_driver_has_several_times_the_safe_drivers_harsh_events_and_the_safe_one_few_false_ones(string kindName)
    {
        var kind = DeviceKind.All.Single(k => k.Name == kindName);
        var safe = Recover(DrivingProfile.Safe, kind, new TripFeatureOptions()).Longitudinal(0);
        var risky = Recover(DrivingProfile.Risky, kind, new TripFeatureOptions()).Longitudinal(0);
        var unbounded = Recover(DrivingProfile.Risky, kind, new TripFeatureOptions { PeakBoundMaxInterval = TimeSpan.Zero }).Longitudinal(0);

        // Means alone found 2 of the risky driver's 115 (phone) and 1 (box): both drivers rated alike.
        Assert.True(risky.Found >= 4 * Math.Max(1, safe.Found), $"risky {risky.Found}, safe {safe.Found} at 6 mph/s");
        Assert.InRange(safe.Found, 0, safe.True + 2);
        Assert.True(risky.Found >= 5 * Math.Max(1, unbounded.Found), $"bounded {risky.Found}, means alone {unbounded.Found}");
    }

    private HarshRecovery Recover(DrivingProfile profile, DeviceKind kind, TripFeatureOptions options)
    {
        var recovery = InProcessRecovery.Of(profile, kind, 10, options);
        var six = recovery.Longitudinal(0);
        output.WriteLine($"{profile.Name} {kind.Name}: ≥ 6 mph/s {six.Found} found / {six.True}, recall {six.Recall:P0}, precision {six.Precision:P0}");
        return recovery;
    }
}
