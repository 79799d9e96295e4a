namespace Telematics.Simulator.Roads;

/// <summary>A route with the latitude and longitude of its local plane's origin.</summary>
public sealed record PlacedRoute(Route Route, double OriginLatitude, double OriginLongitude);
