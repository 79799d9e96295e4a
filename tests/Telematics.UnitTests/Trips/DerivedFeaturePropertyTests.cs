using FsCheck;
using FsCheck.Xunit;
using Telematics.Devices;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Trips;

/// <summary>
/// Devices without an accelerometer, at any interval from 0.1 s to 30 s, deliver a trip in batches of any size, in any
/// order, some twice: its features, derived acceleration and the device's own harsh events included, depend only on
/// the union of what arrived.
/// </summary>
public sealed class DerivedFeaturePropertyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 6, 21, 40, 0, TimeSpan.Zero);
    private static readonly double[] Intervals = [0.1, 0.2, 1, 5, 10, 30];

    [Property(MaxTest = 100)]
    public bool Features_do_not_depend_on_how_a_trip_is_shuffled_duplicated_or_split(
        int tripSeed, NonEmptyArray<PositiveInt> batchSizes, int orderSeed, bool resendABatch)
    {
        var events = RandomTrip(new Random(tripSeed));
        var batches = new List<TelematicsEvent[]>();
        for (int taken = 0, i = 0; taken < events.Count; taken += batches[^1].Length, i++)
        {
            batches.Add([.. events.Skip(taken).Take(batchSizes.Get[i % batchSizes.Get.Length].Get)]);
        }

        var order = new Random(orderSeed);
        order.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batches));
        if (resendABatch)
        {
            batches.Add(batches[order.Next(batches.Count)]);
        }

        var whole = TripFeaturesOf.Events(events);
        var delivered = TripFeaturesOf.Events(batches.SelectMany(batch => batch));

        return TripFeaturesOf.Comparable(whole) == TripFeaturesOf.Comparable(delivered);
    }

    /// <summary>A drive of random manoeuvres, sampled at a random interval, with or without accelerometer, jitter and device events.</summary>
    private static List<TelematicsEvent> RandomTrip(Random random)
    {
        var trip = new KinematicTrip(Start, initialSpeedMps: random.NextDouble() * 30);
        for (var phase = random.Next(2, 8); phase > 0; phase--)
        {
            var seconds = Math.Round(1 + random.NextDouble() * 15, 1);
            var intensity = (random.NextDouble() * 2 - 1) * 6;
            _ = random.Next(3) switch
            {
                0 => trip.Cruise(seconds),
                1 => trip.Accelerate(intensity, seconds),
                _ => trip.Turn(intensity, seconds),
            };
        }

        var events = trip.Sample(Intervals[random.Next(Intervals.Length)], accelerometer: random.Next(2) == 0, jitterM: random.Next(2) * 15,
            seed: random.Next(), reportsSpeed: random.Next(4) != 0);
        for (var alarm = random.Next(3); alarm > 0; alarm--)
        {
            var at = random.Next(events.Count);
            events[at] = events[at] with
            {
                Attributes = new Dictionary<string, string>
                {
                    [DeviceAttributes.Accelerometer] = "false",
                    [DeviceAttributes.Alarm] = random.Next(2) == 0 ? DeviceAlarms.HardBraking : DeviceAlarms.HardCornering,
                },
            };
        }

        return events;
    }
}
