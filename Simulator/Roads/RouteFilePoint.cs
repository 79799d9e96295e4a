namespace Telematics.Simulator.Roads;

/// <summary>A point of a route file: where, the limit of the street leaving it in km/h, and whether to stop there.</summary>
public sealed record RouteFilePoint(double Latitude, double Longitude, double SpeedLimitKmh, bool Stop = false);
