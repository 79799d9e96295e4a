using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Trips;
using Xunit.Abstractions;

namespace Telematics.UnitTests.Drivers;

/// <summary>
/// A driver's stored state is bounded by the window, not by the trips: a year of driving fits in 16 KB, measured as the
/// storage writes it (Orleans' binary format).
/// </summary>
public sealed class DriverStateSizeTests(ITestOutputHelper output)
{
    private const int MaxStateBytes = 16 * 1024;
    private static readonly DateTimeOffset PolicyStart = new(2025, 1, 6, 5, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public void A_year_of_three_trips_a_day_with_a_full_score_history_stays_within_16_KB()
    {
        var options = new DriverOptions();
        var now = PolicyStart.AddDays(365);
        var window = FeatureWindow.Of(PolicyStart, now, options.FeatureWindow, Toronto);
        var state = new DriverState { Registration = new DriverRegistration("Driver With A Long Name", new RatingVariables(45, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 700, Region.Urban, 12_000, 5, 3), PolicyStart) };
        for (var trip = 0; trip < 3 * 365; trip++)
        {
            var started = PolicyStart.AddHours(8 * trip + 1);
            state.History.Add(Trip(started, started.AddMinutes(40)));
            state.RecentTripIds.Add($"VEH-{trip % 3:D4}-T{trip:D6}");
        }

        state.History.DropBefore(window);
        state.RecentTripIds.RemoveRange(0, state.RecentTripIds.Count - 32);
        var score = new RiskScore(0.123456789, 612.345, RiskCategory.Moderate, "glm-2026.11-portfolio", now, 1.0734, false, 12_345.678);
        var premium = new PremiumQuote(1_234.56m, 1_111.11m, 0.1, "Driving data shows 10 % fewer expected claims than the rating factors alone, held at the discount cap of 25 %.", score.ModelVersion, now);
        state.Score = score;
        state.Premium = premium;
        state.Features = DriverFeatureAggregator.Aggregate(state.History, window);
        state.Scores = new RecentScores([.. Enumerable.Repeat(score, options.ScoreHistoryKept).Select((s, i) => s with { CalculatedAt = now.AddMinutes(-i), Score = 600 + i * 0.37 })]);
        state.LastRescore = new RescoreOutcome("job-2026-12-01", score, premium, new DriverUpdated("DRV-0000001", "Driver With A Long Name", 1095, 12_345.678, score, premium, now));

        var bytes = new OrleansGrainStorageSerializer(Serializer()).Serialize(state).ToArray().Length;

        output.WriteLine($"{bytes} bytes: periods {Size(state.History)}, scores {Size(state.Scores)}");
        Assert.True(bytes <= MaxStateBytes, $"{bytes} bytes stored for a year of driving: periods {Size(state.History)}, scores {Size(state.Scores)}");
    }

    private static int Size<T>(T value) => Serializer().SerializeToArray(value).Length;

    private static Serializer Serializer() => new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static TripFeatures Trip(DateTimeOffset started, DateTimeOffset ended)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ended, Toronto).DateTime);
        return new TripFeatures(started, ended, 23_456.789, 2_400.5, 31.4, [3, 2, 1, 1, 0, 0], [4, 2, 1, 0, 0, 0], [2, 1, 0, 0, 0], [1, 1, 0, 0, 0], 2_400,
            MovingTimeS: 2_100.25, SpeedingTimeS: 120.5, SpeedingDistanceM: 1_234.5, NightDistanceM: 321.25, RushAmDistanceM: 4_321.5, RushPmDistanceM: 2_345.75,
            MondayDistanceM: 23_456.789, LocalStartDate: date, LocalEndDate: date, PhoneUseS: 33.5);
    }
}
