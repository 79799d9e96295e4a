using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

public sealed class TripEventBufferTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Holds_each_fix_time_once_across_many_chunks()
    {
        var events = new TripBuilder(Start).Cruise(20, 1500).Build();
        var buffer = new TripEventBuffer();

        var added = events.Count(buffer.TryAdd);
        var resent = events.Take(600).Count(buffer.TryAdd);

        Assert.Equal(1500, added);
        Assert.Equal(0, resent);
        Assert.Equal(1500, buffer.Count);
        Assert.Equal(events.Select(e => e.Timestamp.UtcTicks), buffer.Clean(new TelemetryCleaningOptions()).Samples.Select(s => s.UtcTicks));
        Assert.True(buffer.Contains(events[1499].Timestamp));
        Assert.False(buffer.Contains(events[1499].Timestamp.AddSeconds(1)));
    }

    [Fact]
    public void The_ignition_that_counts_is_that_of_the_latest_fix_by_time_not_by_arrival()
    {
        var events = new TripBuilder(Start).Cruise(20, 3).Build();
        var buffer = new TripEventBuffer();

        buffer.TryAdd(events[2] with { Ignition = false });
        buffer.TryAdd(events[0] with { Ignition = true });

        Assert.True(buffer.EndsWithIgnitionOff);

        buffer.TryAdd(events[1] with { Timestamp = events[2].Timestamp.AddSeconds(1), Ignition = true });
        Assert.False(buffer.EndsWithIgnitionOff);
    }

    [Fact]
    public void Cleaning_the_buffer_gives_the_samples_of_the_events_it_was_given_in_any_order()
    {
        var events = new TripBuilder(Start).Cruise(20, 300).Cruise(15, 3, accelLong: -4).Cruise(10, 300).Build();
        var buffer = new TripEventBuffer();
        foreach (var e in events.AsEnumerable().Reverse())
        {
            buffer.TryAdd(e);
        }

        var options = new TelemetryCleaningOptions();
        Assert.Equal(TelemetryCleaner.Clean(events, options).Samples, buffer.Clean(options).Samples);
    }

    [Fact]
    public void A_cleared_buffer_is_empty_and_takes_the_same_times_again()
    {
        var events = new TripBuilder(Start).Cruise(20, 10).Build();
        var buffer = new TripEventBuffer();
        events.ForEach(e => buffer.TryAdd(e with { Ignition = false }));

        buffer.Clear();

        Assert.Equal(0, buffer.Count);
        Assert.Empty(buffer.Clean(new TelemetryCleaningOptions()).Samples);
        Assert.False(buffer.EndsWithIgnitionOff);
        Assert.True(buffer.TryAdd(events[0]));
    }

    [Fact]
    public void A_trip_given_the_chunks_of_a_finished_one_holds_only_its_own_events()
    {
        var finished = new TripEventBuffer();
        new TripBuilder(Start).Cruise(30, 1200).Build().ForEach(e => finished.TryAdd(e));
        finished.Clear();
        var events = new TripBuilder(Start.AddHours(1)).Cruise(10, 700).Build();
        var next = new TripEventBuffer();

        events.ForEach(e => next.TryAdd(e));

        Assert.Equal(events.Select(e => e.Timestamp.UtcTicks), next.Clean(new TelemetryCleaningOptions()).Samples.Select(s => s.UtcTicks));
    }

    [Fact]
    public void Fixes_offered_again_are_counted_as_the_trip_s_duplicates_until_it_is_cleared()
    {
        var events = new TripBuilder(Start).Cruise(20, 10).Build();
        var buffer = new TripEventBuffer();

        foreach (var e in events.Concat(events.Take(3)).Append(events[9]))
        {
            buffer.TryAdd(e);
        }

        Assert.Equal(4, buffer.DuplicateCount);
        Assert.Equal(4, buffer.Clean(new TelemetryCleaningOptions()).DuplicateCount);
        Assert.Equal(events[9].Timestamp, buffer.LatestFixTime);
        buffer.Clear();
        Assert.Equal(0, buffer.DuplicateCount);
    }
}
