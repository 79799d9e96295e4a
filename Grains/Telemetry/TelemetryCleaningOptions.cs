namespace Telematics.Telemetry;

/// <summary>
/// The data-quality rules of <see cref="TelemetryCleaner"/>. Bound under <c>Telematics:Trips:Cleaning</c>.
/// </summary>
public sealed class TelemetryCleaningOptions
{
    /// <summary>
    /// A fix reporting a horizontal accuracy worse (larger) than this loses its position. Default: 50 m, the
    /// edge of what phone and OEM receivers report outside urban canyons. A fix without an accuracy, or with 0
    /// (Traccar's legacy client sends 0 for GNSS fixes), is taken as accurate.
    /// </summary>
    public double MaxAccuracyM { get; set; } = 50;

    /// <summary>
    /// A fix that would imply travelling faster than this from the last accepted position is a GPS jump and
    /// loses its position. Default: 70 m/s (252 km/h), above any road speed yet far below a multipath jump
    /// of hundreds of metres in one second.
    /// </summary>
    public double MaxImpliedSpeedMps { get; set; } = 70;

    /// <summary>
    /// A speed reading that changes faster than this from the last plausible one is a spike and is replaced (see
    /// <see cref="SpeedSpikeFilter"/>). Default: 10 m/s² (about 1 g), the grip limit of road tyres; harsh events start
    /// at 2.7 m/s².
    /// </summary>
    public double MaxPlausibleAccelerationMps2 { get; set; } = 10;

    /// <summary>
    /// The speed change allowed beyond <see cref="MaxPlausibleAccelerationMps2"/> for reading noise, so that two readings
    /// 0.1 s apart are not compared by their noise. Default: 2 m/s, far above Doppler noise (0.1–0.5 m/s).
    /// </summary>
    public double SpeedNoiseToleranceMps { get; set; } = 2;
}
