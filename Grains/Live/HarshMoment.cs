namespace Telematics.Live;

/// <summary>A harsh braking or acceleration seen live, where and how hard (mph/s).</summary>
public sealed record HarshMoment(DateTimeOffset At, double Latitude, double Longitude, bool Braking, double MphPerSecond);
