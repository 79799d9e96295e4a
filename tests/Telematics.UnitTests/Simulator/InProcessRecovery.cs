using Telematics.Devices;
using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Sensors;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// What the platform's features find of the accuracy table's drives (the same 520 miles per profile as
/// <c>bench/run-accuracy.sh</c>), recorded by one device kind at one interval, through cleaning and feature extraction
/// alone: the table's figures without the cluster.
/// </summary>
internal static class InProcessRecovery
{
    public static HarshRecovery Of(DrivingProfile profile, DeviceKind kind, double intervalS, TripFeatureOptions options)
    {
        var settings = new AccuracySettings(520, 28, [intervalS], 2026, 7001, 1, TimeSpan.Zero);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var drives = ProfileDrives.Drive(profile, FleetPlan.Create(1, settings.Seed)[0], settings, zone, new DateOnly(2026, 11, 30));
        var noise = new Random(StableSeed.Of(settings.Seed, $"{profile.Name}|{kind.Name}|{intervalS}"));
        var recovery = new HarshRecovery();
        foreach (var trip in drives)
        {
            // As the OsmAnd and Teltonika listeners mark them: the zeros on the wire are no accelerometer readings.
            var events = kind.Record(trip.Drive, trip.Start, trip.Projection, intervalS, noise)
                .Select(e => kind.Sensors.Accelerometer ? e : e with { Attributes = new Dictionary<string, string> { [DeviceAttributes.Accelerometer] = "false" } });
            var f = TripFeatureExtractor.Extract(TelemetryCleaner.Clean(events, new TelemetryCleaningOptions()), options);
            recovery.Add(trip.Drive, new ObservedTrip(f.AccelerationCounts, f.BrakingCounts, f.LeftTurnCounts, f.RightTurnCounts, f.DistanceMiles, 1));
        }

        return recovery;
    }
}
