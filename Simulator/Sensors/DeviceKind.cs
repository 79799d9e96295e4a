using Telematics.Simulator.Physics;
using Telematics.Telemetry;

namespace Telematics.Simulator.Sensors;

/// <summary>
/// A kind of device as insurers meet them: what it senses (<see cref="Sensors"/>), how often it reports a fix, whether
/// it raises its own harsh-event records, and which protocol carries it to the platform.
/// </summary>
/// <param name="MinIntervalS">Shortest time between fixes while driving.</param>
/// <param name="MaxIntervalS">Longest; a device whose interval varies draws each one uniformly in between.</param>
/// <param name="GreenDriving">Raises a record of its own at each harsh episode (<see cref="GreenDrivingRecords"/>).</param>
public sealed record DeviceKind(string Name, DeviceProtocol Protocol, SensorOptions Sensors, double MinIntervalS, double MaxIntervalS, bool GreenDriving)
{
    /// <summary>
    /// A phone app speaking OsmAnd: no accelerometer on the wire, a fix a second, a phone's GNSS (95 % radius 15 m,
    /// wandering over a few seconds rather than the half-minute of a roof antenna), noisier Doppler speed and course, and
    /// twice the default device's dropouts (pockets, tunnels, the app put to sleep).
    /// </summary>
    public static readonly DeviceKind Phone = new("phone", DeviceProtocol.OsmAnd,
        new SensorOptions(15 / 2.45, 5, 0.3, 5, 0, 12, 4, 20) { Accelerometer = false }, 1, 1, GreenDriving: false);

    /// <summary>
    /// A basic Teltonika tracker (Codec 8): no accelerometer values, a fix every 10–30 s while moving, whole km/h, and
    /// its green-driving records for harsh accelerations, brakings and corners.
    /// </summary>
    public static readonly DeviceKind BasicTracker = new("basic tracker", DeviceProtocol.Teltonika,
        new SensorOptions(3, 30, 0.2, 2, 0, 2, 4, 20) { Accelerometer = false }, 10, 30, GreenDriving: true);

    /// <summary>A telematics box: the default device's GNSS and filtered accelerometer at 10 Hz, over the JSON batch API.</summary>
    public static readonly DeviceKind TelematicsBox = new("telematics box", DeviceProtocol.Batch, SensorOptions.Default, 0.1, 0.1, GreenDriving: false);

    public static IReadOnlyList<DeviceKind> All { get; } = [Phone, BasicTracker, TelematicsBox];

    /// <summary>
    /// What the device sends of a drive simulated at 10 Hz or finer, in time order: a fix every
    /// <paramref name="intervalS"/> (or at the kind's own interval when null), with the kind's noise and dropouts,
    /// and its harsh-event records among them.
    /// </summary>
    public IReadOnlyList<TelematicsEvent> Record(DriveRecord drive, DateTimeOffset start, LocalProjection projection, double? intervalS, Random random)
    {
        var fixes = FixSchedule.Thin(drive.Samples, () => intervalS ?? MinIntervalS + random.NextDouble() * (MaxIntervalS - MinIntervalS));
        var events = DeviceRecorder.Record(drive with { Samples = fixes }, start, projection, Sensors, random);
        // A stop's braking can peak in the drive's last step; the tracker raises it before the ignition goes off.
        var ignitionOff = events[^1].Timestamp;
        return GreenDriving
            ? [.. events.Concat(GreenDrivingRecords.For(drive, start, projection).Select(e => e.Timestamp < ignitionOff ? e : e with { Timestamp = ignitionOff.AddMilliseconds(-1) })).OrderBy(e => e.Timestamp)]
            : events;
    }
}
