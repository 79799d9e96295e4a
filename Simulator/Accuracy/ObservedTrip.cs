using Telematics.Simulator.Api;
using Telematics.Trips;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// What the platform found of one driven trip, summed over the trips it made of it (none when it lost it, several when
/// it cut it): harsh events by class and threshold, indexed like <see cref="HarshEventThresholds"/>, and miles.
/// </summary>
public sealed record ObservedTrip(int[] Accelerations, int[] Brakings, int[] LeftTurns, int[] RightTurns, double Miles, int PlatformTrips)
{
    public static readonly ObservedTrip Nothing = Sum([]);

    public static ObservedTrip Sum(IReadOnlyCollection<PlatformTripFeatures> trips) => new(
        Counts(trips, t => t.AccelerationsByThresholdMphPerS, HarshEventThresholds.LongitudinalMphPerSecond),
        Counts(trips, t => t.BrakingsByThresholdMphPerS, HarshEventThresholds.LongitudinalMphPerSecond),
        Counts(trips, t => t.LeftTurnsByThresholdMphPerS, HarshEventThresholds.LateralMphPerSecond),
        Counts(trips, t => t.RightTurnsByThresholdMphPerS, HarshEventThresholds.LateralMphPerSecond),
        trips.Sum(t => t.DistanceMiles),
        trips.Count);

    private static int[] Counts(IEnumerable<PlatformTripFeatures> trips, Func<PlatformTripFeatures, IReadOnlyDictionary<string, int>> byThreshold, IReadOnlyList<int> thresholds) =>
        [.. thresholds.Select(t => trips.Sum(trip => byThreshold(trip).GetValueOrDefault(t.ToString())))];
}
