using FsCheck;
using FsCheck.Xunit;
using Telematics.Telemetry;
using Telematics.UnitTests.Trips;

namespace Telematics.UnitTests.Telemetry;

/// <summary>
/// Devices deliver a trip in batches of any size, in any order, some of them twice; the features of a trip
/// must depend only on the union of what arrived.
/// </summary>
public sealed class BatchSplitPropertyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 6, 21, 40, 0, TimeSpan.Zero);
    private const double MphPerSecond = Telematics.Trips.HarshEventThresholds.MetresPerSecondSquaredPerMphPerSecond;

    [Property(MaxTest = 200)]
    public bool Features_do_not_depend_on_how_a_trip_is_split_into_batches(
        int tripSeed, NonEmptyArray<PositiveInt> batchSizes, int orderSeed, bool resendABatch)
    {
        var events = RandomTrip(new Random(tripSeed));
        var batches = Split(events, [.. batchSizes.Get.Select(size => size.Get)]);
        var order = new Random(orderSeed);
        order.Shuffle(batches);
        if (resendABatch)
        {
            batches = [.. batches, batches[order.Next(batches.Length)]];
        }

        var whole = TripFeaturesOf.Events(events);
        var batched = TripFeaturesOf.Events(batches.SelectMany(batch => batch));

        return TripFeaturesOf.Comparable(whole) == TripFeaturesOf.Comparable(batched);
    }

    private static TelematicsEvent[][] Split(List<TelematicsEvent> events, int[] sizes)
    {
        var batches = new List<TelematicsEvent[]>();
        for (int taken = 0, i = 0; taken < events.Count; taken += sizes[i++ % sizes.Length])
        {
            batches.Add([.. events.Skip(taken).Take(sizes[i % sizes.Length])]);
        }

        return [.. batches];
    }

    /// <summary>A trip with harsh manoeuvres, gaps, jumps, poor fixes, phone use and posted limits.</summary>
    private static List<TelematicsEvent> RandomTrip(Random random)
    {
        var hz = random.Next(2) == 0 ? 1 : 10;
        var trip = new TripBuilder(Start);
        for (var segment = random.Next(3, 12); segment > 0; segment--)
        {
            var speed = random.NextDouble() * 35;
            var seconds = random.Next(1, 20);
            var intensity = (random.NextDouble() * 2 - 1) * 16 * MphPerSecond;
            _ = random.Next(4) switch
            {
                0 => trip.Cruise(speed, seconds, hz, accelLong: intensity),
                1 => trip.Cruise(speed, seconds, hz, accelLat: intensity),
                2 => trip.Silence(speed, seconds),
                _ => trip.Cruise(speed, seconds, hz),
            };
        }

        trip.Cruise(10, 1, hz);
        return [.. trip.Build().Select(e => random.Next(10) switch
        {
            0 => e with { Latitude = e.Latitude + 0.05 },
            1 => e with { AccuracyM = 120 },
            2 => e with { PhoneInUse = true, SpeedLimitMps = 50 / 3.6 },
            _ => e,
        })];
    }
}
