using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

public sealed class TripSegmenterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxGap = TimeSpan.FromMinutes(5);

    private static List<TelematicsEvent> Drive(DateTimeOffset from, int seconds, bool endsParked) =>
        new TripBuilder(from).Cruise(15, seconds).Build()
            .Select((e, i) => e with { Ignition = !(endsParked && i == seconds - 1) })
            .ToList();

    [Fact]
    public void A_continuous_drive_is_one_segment_that_does_not_end_the_trip()
    {
        var segment = Assert.Single(TripSegmenter.Split(Drive(Start, 120, endsParked: false), MaxGap));

        Assert.Equal(120, segment.Events.Count);
        Assert.False(segment.EndsTrip);
    }

    [Fact]
    public void A_backlog_of_two_trips_splits_where_the_ignition_comes_back_on_whatever_the_delivery_order()
    {
        var first = Drive(Start, 600, endsParked: true);
        var second = Drive(Start.AddSeconds(660), 300, endsParked: false);

        var segments = TripSegmenter.Split([.. second, .. first], MaxGap);

        Assert.Equal([(600, true), (300, false)], segments.Select(s => (s.Events.Count, s.EndsTrip)));
        Assert.Equal(first, segments[0].Events);
        Assert.Equal(second, segments[1].Events);
    }

    [Fact]
    public void Fixes_reported_while_parked_stay_with_the_trip_they_end()
    {
        var parked = Enumerable.Range(1, 3).Select(i => Drive(Start, 60, endsParked: true)[^1] with { Timestamp = Start.AddSeconds(59 + i * 10) });
        var events = Drive(Start, 60, endsParked: true).Concat(parked).Concat(Drive(Start.AddSeconds(120), 30, endsParked: false)).ToList();

        var segments = TripSegmenter.Split(events, MaxGap);

        Assert.Equal([(63, true), (30, false)], segments.Select(s => (s.Events.Count, s.EndsTrip)));
    }

    [Fact]
    public void A_silence_of_the_longest_gap_ends_a_trip_even_without_ignition_data()
    {
        var events = Drive(Start, 60, endsParked: false).Concat(Drive(Start.AddSeconds(59) + MaxGap, 60, endsParked: false))
            .Select(e => e with { Ignition = null }).ToList();
        var shorter = Drive(Start, 60, endsParked: false).Concat(Drive(Start.AddSeconds(60) + MaxGap - TimeSpan.FromSeconds(2), 60, endsParked: false)).ToList();

        Assert.Equal([(60, true), (60, false)], TripSegmenter.Split(events, MaxGap).Select(s => (s.Events.Count, s.EndsTrip)));
        Assert.Single(TripSegmenter.Split(shorter, MaxGap));
    }

    [Fact]
    public void Nothing_delivered_is_no_segment()
    {
        Assert.Empty(TripSegmenter.Split([], MaxGap));
    }
}
