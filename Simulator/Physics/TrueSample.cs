using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Physics;

/// <summary>
/// The vehicle's exact state at one sampling instant. Accelerations are the means over the preceding sampling
/// interval, as an accelerometer's filtered reading is, so the change of speed between two samples is exactly the
/// later sample's longitudinal acceleration times the interval.
/// </summary>
public readonly record struct TrueSample(
    double TimeS,
    Vector2 Position,
    double HeadingRad,
    double SpeedMps,
    double AccelLongMps2,
    double AccelLatMps2,
    double SpeedLimitMps,
    bool PhoneInUse);
