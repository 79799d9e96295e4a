using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Drivers.Features;

namespace Telematics.UnitTests.Drivers;

/// <summary>A driver's periods and scores are stored packed, and a state stored with one object per period and per score still reads.</summary>
public sealed class StoredDrivingHistoryTests
{
    /// <summary>
    /// A driver's state as the code before packed periods stored it (commit c8295d9): 1,170 trips from 2025-11-03, the
    /// window and features of 2026-12-01 17:00 UTC in America/Vancouver, 50 scores, shared score and premium instances.
    /// </summary>
    private const string StoredWithPeriodObjects = "Drivers/Stored/driver-state-periods-as-objects.bin";

    private static readonly OrleansGrainStorageSerializer Storage =
        new(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    [Fact]
    public void A_state_stored_with_one_object_per_period_reads_into_the_features_it_was_stored_with()
    {
        var stored = Storage.Deserialize<DriverState>(new BinaryData(File.ReadAllBytes(StoredWithPeriodObjects)))!;

        var window = FeatureWindow.Of(stored.Registration!.PolicyStart, new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(365),
            TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver"));
        Assert.Equal(25, stored.History.Periods.Count);
        // Stored before the miles harsh events show on were a feature: they were every mile.
        var features = stored.Features! with { HarshObservedMiles = stored.Features!.TotalMilesDriven };
        Assert.Equal(features, DriverFeatureAggregator.Aggregate(stored.History, window));
        Assert.Same(stored.Score, stored.LastRescore!.ScoreBefore);
        Assert.Equal(32, stored.RecentTripIds.Count);
        var scores = stored.ScoreHistory!;
        Assert.Equal(50, scores.Count);

        Assert.True(DriverStateUpgrade.IsNeeded(stored));
        Assert.Empty(DriverStateUpgrade.Apply(stored, new DriverNotificationsState(), recentTripIdsKept: 32));
        var rewritten = Storage.Deserialize<DriverState>(Storage.Serialize(stored))!;
        Assert.False(DriverStateUpgrade.IsNeeded(rewritten));
        Assert.Equal(features, DriverFeatureAggregator.Aggregate(rewritten.History, window));
        Assert.Equal(scores, rewritten.Scores.Scores);
        Assert.Equal(32, rewritten.RecentTripIds.Count);
        Assert.Equal(Storage.Serialize(stored).ToArray(), Storage.Serialize(rewritten).ToArray());
    }

    [Fact]
    public void Packed_periods_read_back_field_for_field_and_are_smaller_than_period_objects()
    {
        var stored = Storage.Deserialize<DriverState>(new BinaryData(File.ReadAllBytes(StoredWithPeriodObjects)))!;

        var packed = StoredDrivingHistory.Of(stored.History.Periods);
        var read = packed.ToPeriods();

        Assert.Equal(stored.History.Periods.Select(Fields), read.Select(Fields));
        // The same periods with every field, as objects: what packing saves against.
        Assert.True(Storage.Serialize(packed).ToArray().Length < Storage.Serialize(stored.History.Periods).ToArray().Length);
    }

    [Fact]
    public void A_history_read_from_storage_is_stored_again_as_the_bytes_it_was_read_from_until_its_periods_change()
    {
        var stored = Storage.Deserialize<DriverState>(new BinaryData(File.ReadAllBytes(StoredWithPeriodObjects)))!;
        var converter = new StoredDrivingHistoryConverter();
        var packed = StoredDrivingHistory.Of(stored.History.Periods).Packed!;
        var storedAt = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);
        var vancouver = TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver");
        FeatureWindow WindowAt(DateTimeOffset now) => FeatureWindow.Of(stored.Registration!.PolicyStart, now, TimeSpan.FromDays(365), vancouver);

        var read = converter.ConvertFromSurrogate(new StoredDrivingHistory { Packed = packed });
        Assert.Equal(stored.History.TripCount, read.TripCount);
        Assert.Equal(stored.History.DistanceMiles, read.DistanceMiles);
        Assert.Equal(DriverFeatureAggregator.Aggregate(stored.History, WindowAt(storedAt)), DriverFeatureAggregator.Aggregate(read, WindowAt(storedAt)));
        read.DropBefore(WindowAt(storedAt));
        Assert.Same(packed, converter.ConvertToSurrogate(read).Packed);

        // Three weeks on, the window has passed the oldest period: it is dropped, and what is stored is the periods left.
        var later = WindowAt(storedAt.AddDays(21));
        read.DropBefore(later);
        var left = stored.History.Periods.Where(p => p.First >= later.FirstPeriod).Select(Fields).ToList();
        Assert.InRange(left.Count, 1, stored.History.Periods.Count - 1);
        Assert.Equal(left, converter.ConvertToSurrogate(read).ToPeriods().Select(Fields));

        // Whoever takes the periods as objects may change them: the bytes read are not stored again.
        var again = converter.ConvertFromSurrogate(new StoredDrivingHistory { Packed = packed });
        again.Periods.RemoveAt(0);
        Assert.Equal(stored.History.Periods.Skip(1).Select(Fields), converter.ConvertToSurrogate(again).ToPeriods().Select(Fields));
    }

    /// <summary>Format 1 ended each period at its last trip's end, before the coarse distance and the trips with device events.</summary>
    [Fact]
    public void A_history_packed_in_format_1_reads_with_no_coarse_distance_and_no_trips_with_device_events()
    {
        var stored = Storage.Deserialize<DriverState>(new BinaryData(File.ReadAllBytes(StoredWithPeriodObjects)))!;
        var period = stored.History.Periods[^1];
        var packed = StoredDrivingHistory.Of([period]).Packed!;

        byte[] formatOne = [1, .. packed[1..^(sizeof(double) + sizeof(int))]];
        var read = Assert.Single(new StoredDrivingHistory { Packed = formatOne }.ToPeriods());

        Assert.Equal(Fields(period), Fields(read));
        Assert.Equal(0, read.CoarseDistanceM);
        Assert.Equal(0, read.DeviceEventTripCount);
    }

    [Fact]
    public void A_packed_history_in_an_unknown_format_or_with_bytes_left_over_is_refused()
    {
        var packed = StoredDrivingHistory.Of([new DrivingPeriod(DrivingPeriod.Epoch)]).Packed!;

        var later = (byte[])packed.Clone();
        later[0] = 3;
        Assert.Throws<InvalidDataException>(() => new StoredDrivingHistory { Packed = later }.ToPeriods());
        Assert.Throws<InvalidDataException>(() => new StoredDrivingHistory { Packed = [.. packed, 0] }.ToPeriods());
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new StoredDrivingHistory { Packed = packed[..^1] }.ToPeriods());
    }

    private static string Fields(DrivingPeriod p) =>
        string.Join(";", p.First, p.TripCount, p.DistanceM.ToString("R"), p.DurationS.ToString("R"), p.MovingTimeS.ToString("R"), p.SpeedingTimeS.ToString("R"),
            p.SpeedingDistanceM.ToString("R"), p.NightDistanceM.ToString("R"), p.RushAmDistanceM.ToString("R"), p.RushPmDistanceM.ToString("R"), p.PhoneUseS.ToString("R"),
            string.Join(",", p.WeekdayDistanceM.Select(d => d.ToString("R"))), string.Join(",", p.LongTripDistanceM.Select(d => d.ToString("R"))),
            string.Join(",", p.AccelerationCounts), string.Join(",", p.BrakingCounts), string.Join(",", p.LeftTurnCounts), string.Join(",", p.RightTurnCounts),
            p.DaysDriven, p.StartedBefore, p.LongestTripM.ToString("R"), p.LastEndedAt.Ticks, p.LastEndedAt.Offset, p.CoarseDistanceM.ToString("R"), p.DeviceEventTripCount);
}
