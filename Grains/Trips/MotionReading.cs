namespace Telematics.Trips;

/// <summary>
/// What features read of one sample's motion: its speed and the accelerations over the interval that ends at it,
/// measured or derived (<see cref="TripMotion"/>).
/// </summary>
internal readonly record struct MotionReading(double SpeedMps, double AccelLongMps2, double AccelLatMps2);
