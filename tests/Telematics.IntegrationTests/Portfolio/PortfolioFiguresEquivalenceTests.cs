using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Portfolio;

/// <summary>
/// The dashboard's figures, kept by PostgreSQL's triggers and computed in memory, agree with each other and with the
/// drivers as they stand after inserts, updates that move drivers across bands and categories, older updates that are
/// ignored, and new trips on later days.
/// </summary>
public sealed class PortfolioFiguresEquivalenceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Categories = ["Low", "Moderate", "High", "VeryHigh"];

    [Fact]
    public async Task Both_read_models_keep_the_same_figures_as_drivers_change()
    {
        var memory = new InMemoryDriverReadModel();
        var postgres = new PostgresDriverReadModel(await database.MigratedAsync());
        var random = new Random(26);
        var drivers = Enumerable.Range(0, 1_500).Select(n => Driver(random, $"DRV-PF-{n:D5}", Start.AddHours(random.Next(0, 48)), tripCount: random.Next(0, 5))).ToList();
        // Later: 500 drivers rescored or with new trips two days on; 100 with an update older than what is stored.
        var later = drivers.Take(500).Select(d => Driver(random, d.DriverId, d.UpdatedAt.AddDays(2), d.TripCount + random.Next(0, 3))).ToList();
        var stale = drivers.Skip(1_000).Take(100).Select(d => Driver(random, d.DriverId, d.UpdatedAt.AddMinutes(-1), d.TripCount + 7)).ToList();

        foreach (var batch in drivers.Chunk(400).Concat(later.Chunk(250)).Concat(stale.Chunk(50)))
        {
            await Task.WhenAll(memory.UpsertAsync(batch), postgres.UpsertAsync(batch));
        }

        List<DriverSummary> current = [.. later, .. drivers.Skip(500)];
        var (fromMemory, fromPostgres) = (await memory.GetStatisticsAsync(), await postgres.GetStatisticsAsync());
        var days = (From: DateOnly.FromDateTime(Start.UtcDateTime), To: DateOnly.FromDateTime(Start.UtcDateTime).AddDays(5));
        var tripsInMemory = await memory.GetTripsPerDayAsync(days.From, days.To);

        foreach (var figures in new[] { fromMemory, fromPostgres })
        {
            Assert.Equal(current.Count, figures.Drivers);
            Assert.Equal(current.Sum(d => (long)d.TripCount), figures.Trips);
            Assert.Equal(current.Sum(d => d.TelematicsPremium), figures.TotalTelematicsPremium);
            Assert.Equal(current.Sum(d => d.TraditionalPremium), figures.TotalTraditionalPremium);
            Assert.Equal(current.Average(d => d.DiscountPct), figures.MeanDiscountPct, 1e-9);
            Assert.Equal(current.Average(d => d.Score), figures.MeanScore, 1e-9);
            Assert.Equal(current.Sum(d => d.TotalMiles), figures.TotalMiles, 1e-6);
            Assert.Equal(Enumerable.Range(0, ScoreBands.Count).Select(b => (long)current.Count(d => ScoreBands.Of(d.Score) == b)), figures.DriversByScoreBand);
            Assert.Equal(current.GroupBy(d => d.Category).ToDictionary(g => g.Key, g => (long)g.Count()), figures.DriversByCategory);
        }

        Assert.Equal(current.Sum(d => (long)d.TripCount), tripsInMemory.Sum(d => d.Trips));
        Assert.Equal(tripsInMemory, await postgres.GetTripsPerDayAsync(days.From, days.To));
        Assert.Equal(6, tripsInMemory.Count);
    }

    private static DriverSummary Driver(Random random, string id, DateTimeOffset at, int tripCount)
    {
        var score = random.Next(0, 5) == 0 ? 100.0 : Math.Round(random.NextDouble() * 100, 2);
        var traditional = 600m + random.Next(0, 50) * 10m;
        return new DriverSummary(id, "Portfolio Figures", tripCount, Math.Round(random.NextDouble() * 300, 1), score, Categories[random.Next(Categories.Length)],
            0.05 + score / 1_000, "v1", traditional, traditional - random.Next(0, 5) * 25m, random.Next(0, 9) * 2.5, at);
    }
}
