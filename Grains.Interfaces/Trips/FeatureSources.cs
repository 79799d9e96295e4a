namespace Telematics.Trips;

/// <summary>
/// How a trip's features were measured, so that the model and the explanation can tell exact counts from estimates;
/// docs/features.md has the table of what each source gives at each sampling interval.
/// </summary>
[Flags]
public enum FeatureSources
{
    /// <summary>Not recorded: features stored before sources were.</summary>
    None = 0,

    /// <summary>Harsh events from the device's accelerometer readings.</summary>
    Accelerometer = 1,

    /// <summary>Harsh events the device detected itself (Teltonika green driving).</summary>
    DeviceHarshEvents = 2,

    /// <summary>Longitudinal acceleration derived from reported speed over time.</summary>
    SpeedDerivedAcceleration = 4,

    /// <summary>Lateral acceleration derived from the change of reported heading times speed.</summary>
    HeadingDerivedAcceleration = 8,

    /// <summary>Distance integrated from reported speed.</summary>
    ReportedSpeedDistance = 16,

    /// <summary>Distance integrated from a speed estimated from smoothed positions: the device reported no speed.</summary>
    PositionSpeedDistance = 32,

    /// <summary>
    /// Some intervals were 2–15 s long, and their longitudinal readings were raised to the least peak their end speeds
    /// and the distance between their fixes allow where that was higher: the trip's harsh accelerations and brakings are
    /// estimates, not measurements (docs/features.md section 5).
    /// </summary>
    DistanceBoundedAcceleration = 64,

    /// <summary>
    /// The median interval between fixes is over the distance bound's reach (<c>PeakBoundMaxInterval</c>, 15 s): a speed
    /// or heading change between two fixes is the sum of whole manoeuvres, so readings show no harsh events; only the
    /// device's own can. A driver's harsh-event rates leave such trips' miles out, unless the device reports its own
    /// events (docs/features.md section 6).
    /// </summary>
    CoarseMotion = 128,
}
