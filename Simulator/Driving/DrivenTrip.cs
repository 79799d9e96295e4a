using Telematics.Simulator.Physics;
using Telematics.Simulator.Sensors;

namespace Telematics.Simulator.Driving;

/// <summary>
/// A trip as it was driven, before any device saw it: the exact drive (samples, harsh episodes, distance), when it
/// started, and where, so that each device kind can record the same drive.
/// </summary>
public sealed record DrivenTrip(DriveRecord Drive, DateTimeOffset Start, LocalProjection Projection)
{
    public DateTimeOffset End => DeviceRecorder.At(Start, Drive.DurationS);
}
