using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Xunit.Abstractions;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// The platform's features must recover the harsh events the simulator drove. Tolerance per profile and class:
/// within 10 % of the true count or 2 events, whichever is larger, with the default device (3 m GNSS noise, sensor
/// noise, a dropout of 4–20 s every ten minutes) at 10 Hz, and 25 % or 2 events at 1 Hz; within 3 % or 1 event with a
/// perfect device at 10 Hz. Over 100 trips a 1 Hz default device misses 18–19 % of some classes (safe accelerations
/// 27 of 33 with the former profiles; average brakings 13 of 16, risky 60 of 73 with the current ones): the former
/// 10 % held over 30 trips only by the luck of a small sample. What is left is sampling (a 1 Hz reading averages a second, so a spell barely above the threshold for
/// barely 0.5 s can fall under it), noise at the threshold, and episodes a dropout cuts or hides.
/// </summary>
public sealed class GroundTruthTests(ITestOutputHelper output)
{
    // Enough trips for tens of harsh events per class even for the safe profile, whose share of harsh manoeuvres is 0.3 %.
    private const int Trips = 100;

    public static TheoryData<string, double, bool> Cases()
    {
        var cases = new TheoryData<string, double, bool>();
        foreach (var profile in DrivingProfile.BuiltIn)
        {
            cases.Add(profile.Name, 1, false);
            cases.Add(profile.Name, 10, false);
            cases.Add(profile.Name, 10, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Platform_features_recover_the_harsh_events_driven(string profileName, double sampleHz, bool idealDevice)
    {
        var profile = DrivingProfile.BuiltIn.Single(p => p.Name == profileName);
        var run = SimulatedFleetRun.Drive(profile, Trips, sampleHz, idealDevice ? SensorOptions.Ideal : SensorOptions.Default);
        output.WriteLine($"truth {run.Truth}, recovered {run.Recovered}, {run.Miles:F0} miles");

        var (share, floor) = idealDevice ? (0.03, 1) : sampleHz < 10 ? (0.25, 2) : (0.10, 2);
        AssertWithin(run.Truth.Accelerations, run.Recovered.Accelerations, share, floor, "accelerations");
        AssertWithin(run.Truth.Brakings, run.Recovered.Brakings, share, floor, "brakings");
        AssertWithin(run.Truth.LeftTurns, run.Recovered.LeftTurns, share, floor, "left turns");
        AssertWithin(run.Truth.RightTurns, run.Recovered.RightTurns, share, floor, "right turns");
    }

    [Fact]
    public void Risky_drivers_have_several_times_the_harsh_event_rate_of_safe_ones()
    {
        var safe = SimulatedFleetRun.Drive(DrivingProfile.Safe, Trips, 1, SensorOptions.Default);
        var average = SimulatedFleetRun.Drive(DrivingProfile.Average, Trips, 1, SensorOptions.Default);
        var risky = SimulatedFleetRun.Drive(DrivingProfile.Risky, Trips, 1, SensorOptions.Default);
        output.WriteLine($"per 1,000 miles: safe {safe.RecoveredPerThousandMiles:F0}, average {average.RecoveredPerThousandMiles:F0}, risky {risky.RecoveredPerThousandMiles:F0}");

        Assert.True(average.RecoveredPerThousandMiles > 2 * safe.RecoveredPerThousandMiles, "average drivers should have over twice the safe rate");
        Assert.True(risky.RecoveredPerThousandMiles > 3 * average.RecoveredPerThousandMiles, "risky drivers should have over three times the average rate");
    }

    private static void AssertWithin(int truth, int recovered, double share, int floor, string what)
    {
        var tolerance = Math.Max(floor, (int)Math.Ceiling(share * truth));
        Assert.True(Math.Abs(recovered - truth) <= tolerance, $"{what}: the simulator drove {truth}, the platform found {recovered}; tolerance ±{tolerance}.");
    }
}
