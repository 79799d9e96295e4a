using Microsoft.Extensions.Logging.Abstractions;
using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Portfolio;

/// <summary>
/// The in-memory and the PostgreSQL read model, given the same drivers, answer every admin query alike: every sort in
/// both directions with its ties, filters, searches with LIKE's wildcards in them, short searches as prefixes, offset and keyset pages, and a count
/// past its limit.
/// </summary>
public sealed class ReadModelEquivalenceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] Names = ["amy Smith", "Amy Smith", "Zoe Okafor", "bob Okafor", "100% Safe_Driver", "Back\\Slash", "Émile Dubois", "Li Na"];

    private static readonly string[] Categories = ["Low", "Moderate", "High", "VeryHigh"];

    [Fact]
    public async Task Both_read_models_answer_every_query_alike()
    {
        var (memory, postgres) = await LoadAsync();
        var queries = new List<DriverQuery>();
        foreach (var sortBy in DriverQuery.SortableFields)
        {
            foreach (var descending in new[] { false, true })
            {
                queries.Add(new DriverQuery(SortBy: sortBy, Descending: descending, Page: 1, PageSize: 7));
                queries.Add(new DriverQuery(SortBy: sortBy, Descending: descending, Page: 40, PageSize: 7));
                queries.Add(new DriverQuery(Category: "high", SortBy: sortBy, Descending: descending, PageSize: 9));
                queries.Add(new DriverQuery(MinScore: 20, MaxScore: 30, SortBy: sortBy, Descending: descending, PageSize: 9));
                queries.Add(new DriverQuery(Search: "okafor", SortBy: sortBy, Descending: descending, PageSize: 9));
            }
        }

        queries.AddRange(
        [
            new DriverQuery(Search: "%"), new DriverQuery(Search: "_d"), new DriverQuery(Search: "\\s"), new DriverQuery(Search: "EQ-0004"),
            new DriverQuery(Search: "nobody"), new DriverQuery(Search: "zo"), new DriverQuery(Search: "a"), new DriverQuery(Search: "dR"),
            new DriverQuery(Search: "na"), new DriverQuery(Search: "sm"), new DriverQuery(Category: "Nonsense"), new DriverQuery(Category: "VERYHIGH", MinScore: 99.5),
        ]);

        foreach (var query in queries)
        {
            Assert.Equivalent(Describe(await memory.QueryAsync(query)), Describe(await postgres.QueryAsync(query)), strict: true);
        }
    }

    [Theory]
    [InlineData("score", true)]
    [InlineData("name", false)]
    [InlineData("updatedAt", true)]
    [InlineData("telematicsPremium", false)]
    public async Task Paging_by_cursor_walks_every_matching_driver_once_in_order_in_both_models(string sortBy, bool descending)
    {
        var (memory, postgres) = await LoadAsync();
        var query = new DriverQuery(Category: "Moderate", SortBy: sortBy, Descending: descending, PageSize: 250);

        var walked = await WalkAsync(memory, query);

        Assert.Equal(walked, await WalkAsync(postgres, query));
        var all = (await memory.QueryAsync(query with { PageSize = 500 })).Total;
        Assert.Equal(all, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());
    }

    [Fact]
    public async Task The_count_stops_at_its_limit_and_says_so()
    {
        var (memory, postgres) = await LoadAsync();

        foreach (var model in new[] { memory, postgres })
        {
            var all = await model.QueryAsync(new DriverQuery());
            var some = await model.QueryAsync(new DriverQuery(Category: "VeryHigh"));
            Assert.Equal((DriverPage.CountLimit, true), (all.Total, all.TotalIsLowerBound));
            Assert.False(some.TotalIsLowerBound);
            Assert.Equal(Rows.Count(r => r.Category == "VeryHigh"), some.Total);
        }
    }

    [Fact]
    public async Task Rescoring_pages_follow_the_primary_key_order_in_both_models()
    {
        var (memory, postgres) = await LoadAsync();

        foreach (var (after, filter) in new (string?, DriverFilter?)[] { (null, null), ("DRV-EQ-00800", null), ("DRV-EQ-00800", new("moderate")), ("DRV-EQ-99999", null) })
        {
            Assert.Equal(await memory.ListDriverIdsAsync(after, 300, filter), await postgres.ListDriverIdsAsync(after, 300, filter));
            Assert.Equal(await memory.CountAsync(filter), await postgres.CountAsync(filter));
        }
    }

    private static async Task<List<string>> WalkAsync(IDriverReadModel model, DriverQuery query)
    {
        var ids = new List<string>();
        for (var page = await model.QueryAsync(query); ; page = await model.QueryAsync(query with { After = DriverCursor.Decode(page.Next!) }))
        {
            ids.AddRange(page.Items.Select(d => d.DriverId));
            if (page.Next is null)
            {
                return ids;
            }
        }
    }

    private static object Describe(DriverPage page) => new { Ids = page.Items.Select(d => d.DriverId).ToList(), Items = page.Items.ToList(), page.Total, page.TotalIsLowerBound, page.Next };

    /// <summary>Past the count limit, with ties on every sort key (few distinct names, scores, counts and times).</summary>
    private static readonly IReadOnlyList<DriverSummary> Rows = MakeRows(DriverPage.CountLimit + 600);

    private static List<DriverSummary> MakeRows(int count)
    {
        var random = new Random(24);
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(n =>
        {
            var score = Math.Round(random.NextDouble() * 100, 1);
            var traditional = 600m + random.Next(0, 50) * 10m;
            return new DriverSummary(
                $"DRV-EQ-{n:D5}", Names[random.Next(Names.Length)], random.Next(0, 20), Math.Round(random.NextDouble() * 500, 1), score,
                Categories[random.Next(Categories.Length)], 0.05 + score / 1_000, "v1", traditional, traditional - random.Next(0, 5) * 25m,
                random.Next(0, 8) * 2.5, start.AddMinutes(random.Next(0, 300)));
        }).ToList();
    }

    private async Task<(IDriverReadModel Memory, IDriverReadModel Postgres)> LoadAsync()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        var postgres = new PostgresDriverReadModel(database.DataSource);
        var memory = new InMemoryDriverReadModel();
        foreach (var chunk in Rows.Chunk(2_000))
        {
            await Task.WhenAll(memory.UpsertAsync(chunk), postgres.UpsertAsync(chunk));
        }

        return (memory, postgres);
    }
}
