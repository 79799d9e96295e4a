using System.Globalization;
using Telematics.Api.Devices.Teltonika;
using Telematics.Devices;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Physics;
using Telematics.Simulator.Sensors;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

/// <summary>Each device kind records the same 10 Hz drive as that kind of device would send it.</summary>
public sealed class DeviceKindTests
{
    private static readonly DrivenTrip Trip = new TripGenerator(new Random(23), 10)
        .Drive(DrivingProfile.Risky, new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero), 45.5, -73.6, legs: 16);

    [Fact]
    public void The_drive_has_harsh_episodes_of_every_longitudinal_kind_to_record() =>
        Assert.True(Trip.Drive.Harsh is { Accelerations: > 0, Brakings: > 0 }, $"{Trip.Drive.Harsh}");

    [Fact]
    public void A_phone_sends_a_fix_a_second_without_acceleration_and_a_15_m_accuracy()
    {
        var events = Record(DeviceKind.Phone, null);

        Assert.All(events, e => Assert.Equal((0.0, 0.0, 15.0), (e.AccelLongMps2, e.AccelLatMps2, e.AccuracyM!.Value)));
        // The last step ends at the drive's end; dropouts leave longer gaps; every other step is the phone's second.
        var steps = Steps(events)[..^1];
        Assert.True(steps.Count(s => Math.Abs(s - 1) < 1e-3) > steps.Length * 0.9, $"{steps.Count(s => Math.Abs(s - 1) < 1e-3)} of {steps.Length} steps of 1 s");
        Assert.All(steps, s => Assert.True(s >= 1 - 1e-3, $"a step of {s} s"));
        Assert.Equal(false, events[^1].Ignition);
    }

    [Fact]
    public void A_basic_tracker_fixes_every_10_to_30_s_and_raises_a_green_driving_record_per_true_episode()
    {
        var events = Record(DeviceKind.BasicTracker, null);
        var fixes = events.Where(e => e.Attributes is null).ToList();
        var raised = events.Where(e => e.Attributes is not null).ToList();

        // The last step ends at the drive's end, wherever the schedule stood; dropouts make some longer.
        Assert.All(Steps(fixes)[..^1], s => Assert.True(s >= 10 - 1e-3, $"a step of {s} s"));
        Assert.All(fixes, e => Assert.Equal((0.0, 0.0), (e.AccelLongMps2, e.AccelLatMps2)));
        Assert.Equal(Trip.Drive.Episodes.Count, raised.Count);
        Assert.Equal(
            Trip.Drive.Episodes.Where(e => e.Manoeuvre == HarshManoeuvre.Braking).Select(e => e.PeakMps2).Order(),
            raised.Where(e => e.Attributes![DeviceAttributes.Alarm] == DeviceAlarms.HardBraking).Select(Intensity).Order());
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp), "records in strictly increasing time");
        Assert.Equal(false, events[^1].Ignition);
    }

    [Fact]
    public void A_basic_trackers_green_driving_reaches_the_Api_with_its_intensity_to_a_hundredth_of_a_g()
    {
        var raised = Record(DeviceKind.BasicTracker, null).Where(e => e.Attributes is not null).Take(TeltonikaFrameEncoder.MaxRecordsPerFrame).ToList();

        var decoded = TeltonikaTcpPacket.Read(TeltonikaFrameEncoder.Frame(raised)).Records.Select(r => TeltonikaEventMapper.ToEvent(r)!).ToList();

        Assert.Equal(raised.Select(e => e.Attributes![DeviceAttributes.Alarm]), decoded.Select(e => e.Attributes![DeviceAttributes.Alarm]));
        // The decoder gives an intensity to accelerations and brakings only: a cornering's value is in a unit the packet does not say.
        Assert.All(raised.Zip(decoded).Where(p => p.First.Attributes![DeviceAttributes.Alarm] != DeviceAlarms.HardCornering),
            p => Assert.Equal(Intensity(p.First), Intensity(p.Second), 0.05));
    }

    [Fact]
    public void A_telematics_box_sends_its_accelerometer_at_10_Hz()
    {
        var events = Record(DeviceKind.TelematicsBox, null);

        Assert.True(Steps(events).Count(s => Math.Abs(s - 0.1) < 1e-3) > events.Count * 0.9);
        Assert.Contains(events, e => Math.Abs(e.AccelLongMps2) > 2.68);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void At_a_longer_interval_a_device_sends_one_fix_per_interval(double intervalS)
    {
        var events = Record(DeviceKind.Phone with { Sensors = SensorOptions.Ideal with { Accelerometer = false } }, intervalS);

        Assert.All(Steps(events)[..^1], s => Assert.Equal(intervalS, s, 3));
        Assert.Equal((int)Math.Ceiling(Trip.Drive.DurationS / intervalS - 1e-6) + 1, events.Count);
    }

    private static IReadOnlyList<TelematicsEvent> Record(DeviceKind kind, double? intervalS) =>
        kind.Record(Trip.Drive, Trip.Start, Trip.Projection, intervalS, new Random(4));

    private static double Intensity(TelematicsEvent e) => double.Parse(e.Attributes![DeviceAttributes.HarshIntensityMps2], CultureInfo.InvariantCulture);

    private static double[] Steps(IReadOnlyList<TelematicsEvent> events) =>
        [.. events.Zip(events.Skip(1)).Select(p => (p.Second.Timestamp - p.First.Timestamp).TotalSeconds)];
}
