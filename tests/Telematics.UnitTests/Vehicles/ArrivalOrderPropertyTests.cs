using FsCheck;
using FsCheck.Xunit;
using Telematics.Telemetry;
using Telematics.Trips;
using Telematics.UnitTests.Trips;
using Telematics.Vehicles;

namespace Telematics.UnitTests.Vehicles;

/// <summary>
/// A trip's batches delivered in any order, split anywhere, some of them again, assembled the way the vehicle and the trip
/// assemble them: each delivery split by <see cref="TripSegmenter"/>, routed by <see cref="FixRouting"/> (once the
/// ignition-off fix is in, the trip is closing up to it), held in the trip's <see cref="TripEventBuffer"/>.
/// </summary>
public sealed class ArrivalOrderPropertyTests
{
    private const string TripId = "VEH-1-T000001";
    private static readonly DateTimeOffset Start = new(2026, 2, 11, 7, 50, 0, TimeSpan.Zero);
    private static readonly double Harsh = 10 * HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    [Property(MaxTest = 200)]
    public bool Shuffling_splitting_or_resending_batches_never_changes_the_trip_s_features(
        int tripSeed, NonEmptyArray<PositiveInt> batchSizes, int orderSeed, byte resends)
    {
        var events = Trip(new Random(tripSeed));
        var order = new Random(orderSeed);
        var batches = Batches(events, [.. batchSizes.Get.Select(size => size.Get)]);
        var resent = Enumerable.Range(0, resends % 4).Select(_ => batches[order.Next(batches.Count)]).ToList();
        var deliveries = batches.Concat(resent).ToArray();
        order.Shuffle(deliveries);

        var buffer = new TripEventBuffer();
        var closing = new List<ClosingTrip>();
        foreach (var segment in deliveries.SelectMany(delivery => TripSegmenter.Split(delivery, new TripOptions().MaxGap)))
        {
            foreach (var route in FixRouting.Split(segment.Events, closing, null, null))
            {
                if (route.TripId is not (null or TripId))
                {
                    return false;
                }

                foreach (var e in route.Events)
                {
                    buffer.TryAdd(e);
                }

                if (closing.Count == 0 && buffer.EndsWithIgnitionOff)
                {
                    closing.Add(new ClosingTrip(TripId, buffer.LatestFixTime));
                }
            }
        }

        var assembled = TripFeatureExtractor.Extract(buffer.Clean(new TelemetryCleaningOptions()), TripFeaturesOf.Utc);
        return TripFeaturesOf.Comparable(assembled) == TripFeaturesOf.Comparable(TripFeaturesOf.Events(events))
            && assembled.DuplicateEventCount == resent.Sum(batch => batch.Count);
    }

    /// <summary>Drives off, cruises, brakes and turns harshly, with short silences, and parks with the ignition off.</summary>
    private static List<TelematicsEvent> Trip(Random random)
    {
        var trip = new TripBuilder(Start).Cruise(5, 3);
        for (var leg = random.Next(2, 8); leg > 0; leg--)
        {
            var speed = 8 + random.NextDouble() * 20;
            _ = random.Next(3) switch
            {
                0 => trip.Cruise(speed, random.Next(2, 6), accelLong: -Harsh),
                1 => trip.Cruise(speed, random.Next(2, 6), hz: 10, accelLat: Harsh),
                _ => trip.Silence(speed, random.Next(1, 8)),
            };
            trip.Cruise(speed, random.Next(5, 30));
        }

        var events = trip.Cruise(0, 2).Build();
        events[^1] = events[^1] with { Ignition = false };
        return events;
    }

    private static List<IReadOnlyList<TelematicsEvent>> Batches(List<TelematicsEvent> events, int[] sizes)
    {
        var batches = new List<IReadOnlyList<TelematicsEvent>>();
        for (var (start, i) = (0, 0); start < events.Count; start += batches[^1].Count, i++)
        {
            batches.Add(events.Skip(start).Take(sizes[i % sizes.Length]).ToList());
        }

        return batches;
    }
}
