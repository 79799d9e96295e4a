using Telematics.Trips;

namespace Telematics.Api.Trips;

public sealed record TripResponse(
    string TripId,
    string VehicleId,
    string DriverId,
    string Status,
    string? EndReason,
    int EventCount,
    TripFeaturesResponse? Features);

public sealed record TripFeaturesResponse(
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    double DistanceKm,
    double DistanceMiles,
    double DurationMinutes,
    double MaxSpeedKmh,
    int HarshAccelerations,
    int HarshBrakings,
    IReadOnlyDictionary<string, int> AccelerationsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> BrakingsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> LeftTurnsByThresholdMphPerS,
    IReadOnlyDictionary<string, int> RightTurnsByThresholdMphPerS);

public static class TripMappings
{
    public static TripResponse ToResponse(this TripSummary trip) => new(
        trip.TripId, trip.VehicleId, trip.DriverId, trip.Status.ToString(), trip.EndReason?.ToString(), trip.EventCount, trip.Features?.ToResponse());

    private static TripFeaturesResponse ToResponse(this TripFeatures f) => new(
        f.StartedAt,
        f.EndedAt,
        f.DistanceM / 1000,
        f.DistanceMiles,
        f.DurationS / 60,
        f.MaxSpeedMps * 3.6,
        f.HarshAccelerations,
        f.HarshBrakings,
        ByThreshold(f.AccelerationCounts, HarshEventThresholds.LongitudinalMphPerSecond),
        ByThreshold(f.BrakingCounts, HarshEventThresholds.LongitudinalMphPerSecond),
        ByThreshold(f.LeftTurnCounts, HarshEventThresholds.LateralMphPerSecond),
        ByThreshold(f.RightTurnCounts, HarshEventThresholds.LateralMphPerSecond));

    private static Dictionary<string, int> ByThreshold(int[] counts, IReadOnlyList<int> thresholds) =>
        thresholds.Select((t, i) => (t, i)).ToDictionary(x => x.t.ToString(), x => counts[x.i]);
}
