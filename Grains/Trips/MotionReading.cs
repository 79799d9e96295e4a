namespace Telematics.Trips;

/// <summary>
/// What features read of one sample's motion: its speed and its accelerations, measured, or derived over the interval
/// that starts at it (<see cref="TripMotion"/>); each holds until the next sample.
/// </summary>
internal readonly record struct MotionReading(double SpeedMps, double AccelLongMps2, double AccelLatMps2);
