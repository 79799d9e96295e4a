namespace Telematics.Simulator.Api;

/// <summary>A trip as <c>GET /api/v1/drivers/{id}/trips</c> returns it, with the fields the simulator compares with what it drove.</summary>
public sealed record PlatformTrip(string TripId, string Status, int EventCount, PlatformTripFeatures? Features);

/// <summary>A trip's features; counts by threshold are keyed by the threshold in mph/s ("6", "8", …).</summary>
public sealed record PlatformTripFeatures(
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DistanceMiles,
    IReadOnlyDictionary<string, int> AccelerationsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> BrakingsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> LeftTurnsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> RightTurnsByThresholdMphPerS);
