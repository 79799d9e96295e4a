using System.Globalization;
using Telematics.Devices;
using Telematics.Simulator.Physics;
using Telematics.Simulator.Roads;
using Telematics.Telemetry;

namespace Telematics.Simulator.Sensors;

/// <summary>
/// The harsh-event records a tracker's own accelerometer raises (Teltonika green driving, IO 253/254): one record per
/// harsh episode driven, at its peak, carrying the alarm and the peak intensity as the Api's decoder names them, so
/// that <c>TeltonikaFrameEncoder</c> writes it as the device would.
/// </summary>
/// <remarks>
/// The tracker is taken as configured at the platform's lowest thresholds (6 mph/s longitudinal, 8 mph/s lateral) with
/// the same minimum duration, so it raises exactly the true episodes; what it reports of each is only its peak. The
/// record is stamped 1 ms after the peak: the platform keeps one fix per timestamp, and a periodic fix can fall on the
/// peak's own millisecond.
/// </remarks>
public static class GreenDrivingRecords
{
    private static readonly TimeSpan AfterPeak = TimeSpan.FromMilliseconds(1);

    public static IEnumerable<TelematicsEvent> For(DriveRecord drive, DateTimeOffset start, LocalProjection projection)
    {
        foreach (var episode in drive.Episodes)
        {
            var sample = drive.Samples.First(s => s.TimeS >= episode.PeakS - 1e-6);
            var (latitude, longitude) = projection.ToGeographic(sample.Position);
            var alarm = episode.Manoeuvre switch
            {
                HarshManoeuvre.Acceleration => DeviceAlarms.HardAcceleration,
                HarshManoeuvre.Braking => DeviceAlarms.HardBraking,
                _ => DeviceAlarms.HardCornering,
            };
            yield return new TelematicsEvent(
                DeviceRecorder.At(start, episode.PeakS) + AfterPeak,
                latitude,
                longitude,
                sample.SpeedMps,
                DeviceRecorder.Compass(sample.HeadingRad, 0),
                0,
                0,
                Ignition: true,
                Attributes: new Dictionary<string, string>
                {
                    [DeviceAttributes.Alarm] = alarm,
                    [DeviceAttributes.HarshIntensityMps2] = episode.PeakMps2.ToString("R", CultureInfo.InvariantCulture),
                });
        }
    }
}
