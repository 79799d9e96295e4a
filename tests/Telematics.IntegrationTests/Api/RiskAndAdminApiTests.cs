using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Api;

[Collection(ApiCollection.Name)]
public sealed class RiskAndAdminApiTests(ApiFixture api)
{
    private async Task DriveOneTripAsync(string vehicleId)
    {
        var events = TestData.HarshTrip(seconds: 900, ago: TimeSpan.FromHours(3));
        (await api.Device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events })).EnsureSuccessStatusCode();
        (await api.Device.PostAsync($"/api/v1/telemetry/vehicles/{vehicleId}/trips/end", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_breakdown_explains_the_score_with_factors_that_add_up_and_the_trend_grows_with_each_trip()
    {
        await api.RegisterAsync("DRV-RISK-1", "VEH-RISK-1");
        await DriveOneTripAsync("VEH-RISK-1");
        var trend = await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-RISK-1/trend"), t => t.GetArrayLength() == 2);

        var breakdown = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-RISK-1/breakdown?factors=100");

        var factors = breakdown.GetProperty("raising").EnumerateArray().Concat(breakdown.GetProperty("lowering").EnumerateArray()).ToList();
        Assert.NotEmpty(factors);
        Assert.All(factors, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
        Assert.All(factors, f => Assert.StartsWith(f.GetProperty("label").GetString() + ": ", f.GetProperty("description").GetString()));
        var gap = Math.Log(breakdown.GetProperty("expectedClaimFrequency").GetDouble() / breakdown.GetProperty("averageDriverFrequency").GetDouble());
        Assert.Equal(gap, factors.Sum(f => f.GetProperty("logContribution").GetDouble()), precision: 6);
        Assert.Equal(trend[1].GetProperty("expectedClaimFrequency").GetDouble(), breakdown.GetProperty("expectedClaimFrequency").GetDouble(), precision: 9);
    }

    [Fact]
    public async Task The_driver_list_pages_by_cursor_and_refuses_a_foreign_cursor_a_deep_offset_and_an_unknown_category()
    {
        foreach (var n in new[] { 1, 2, 3 })
        {
            await api.RegisterAsync($"DRV-CUR-{n}", $"VEH-CUR-{n}");
        }

        var first = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/drivers?search=DRV-CUR-&pageSize=2");
        var next = first.GetProperty("next").GetString();
        var second = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/drivers?search=DRV-CUR-&pageSize=2&after={next}");

        Assert.Equal((3, false), (first.GetProperty("total").GetInt64(), first.GetProperty("totalIsLowerBound").GetBoolean()));
        Assert.Equal(["DRV-CUR-1", "DRV-CUR-2", "DRV-CUR-3"],
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(d => d.GetProperty("driverId").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        foreach (var (url, field) in new[]
        {
            ($"/api/v1/admin/drivers?search=DRV-CUR-&after={next}&sortBy=score", "after"),
            ("/api/v1/admin/drivers?after=not-a-cursor", "after"),
            ($"/api/v1/admin/drivers?after={next}&page=2", "page"),
            ("/api/v1/admin/drivers?page=202&pageSize=50", "page"),
            ("/api/v1/admin/drivers?category=Purple", "category"),
        })
        {
            var refused = await api.Admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{url} should name {field}");
        }
    }

    [Fact]
    public async Task Admins_see_the_driver_in_the_portfolio_list_and_statistics()
    {
        await api.RegisterAsync("DRV-LIST-1", "VEH-LIST-1");

        var page = await Poll.UntilAsync(
            () => api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/drivers?search=DRV-LIST-1&sortBy=score&descending=true"),
            p => p.GetProperty("total").GetInt64() == 1);
        var stats = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/dashboard/stats");
        var badSort = await api.Admin.GetAsync("/api/v1/admin/drivers?sortBy=password");
        var asDriver = await (await api.Factory.LoginAsync("DRV-LIST-1", "correct-horse")).GetAsync("/api/v1/admin/drivers");

        Assert.Equal("Api Test", page.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.True(stats.GetProperty("drivers").GetInt64() >= 1);
        Assert.Equal(stats.GetProperty("drivers").GetInt64(), stats.GetProperty("driversByScoreBand").EnumerateArray().Sum(b => b.GetInt64()));
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asDriver.StatusCode);
    }

    [Fact]
    public async Task A_rescoring_job_started_over_http_runs_to_completion_with_the_current_model()
    {
        await api.RegisterAsync("DRV-RESCORE-1", "VEH-RESCORE-1");
        var models = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/models");
        var current = models.GetProperty("current").GetString();

        var started = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { driverIds = new[] { "DRV-RESCORE-1", "DRV-NOBODY" }, modelVersion = current });
        var location = started.Headers.Location!.ToString();
        var finished = await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>(location), p => p.GetProperty("status").GetString() == "Completed");
        var unknown = await api.Admin.DeleteAsync("/api/v1/risk/batch/no-such-job");
        var invalid = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { batchSize = 0 });
        var unknownModel = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { modelVersion = "no-such-model" });
        var listAndFilter = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { driverIds = new[] { "DRV-RESCORE-1" }, category = "High" });
        var unknownCategory = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", new { category = "Reckless" });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal((1, 1), (finished.GetProperty("done").GetInt32(), finished.GetProperty("failed").GetInt32()));
        Assert.Contains("DRV-NOBODY", finished.GetProperty("failures")[0].GetProperty("reason").GetString());
        var score = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/DRV-RESCORE-1/score");
        Assert.Equal(current, score.GetProperty("modelVersion").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownModel.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, listAndFilter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCategory.StatusCode);

        var audit = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?actor=admin&limit=500");
        var entries = audit.GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("record"))
            .Select(e => (Action: e.GetProperty("action").GetString(), Resource: e.GetProperty("resourceId").GetString(), Outcome: e.GetProperty("outcome").GetInt32())).ToList();
        Assert.Contains(("StartRescoring", location.Split('/')[^1], 202), entries);
        Assert.Contains(("StartRescoring", "/api/v1/risk/batch-calculate", 400), entries);
        Assert.Contains(("CancelRescoring", "no-such-job", 404), entries);
        Assert.Contains(("RegisterDriver", "DRV-RESCORE-1", 201), entries);
    }

    [Fact]
    public async Task Trips_per_day_list_every_day_up_to_today_and_refuse_a_range_out_of_bounds()
    {
        var days = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/dashboard/trips-per-day?days=7");
        var none = await api.Admin.GetAsync("/api/v1/admin/dashboard/trips-per-day?days=0");
        var tooMany = await api.Admin.GetAsync("/api/v1/admin/dashboard/trips-per-day?days=367");

        Assert.Equal(7, days.GetArrayLength());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), days[6].GetProperty("day").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task Rescoring_jobs_are_listed_newest_first_with_their_results_and_page_by_cursor()
    {
        await api.RegisterAsync("DRV-RESCORE-LIST", "VEH-RESCORE-LIST");
        var first = await StartAsync(new { driverIds = new[] { "DRV-RESCORE-LIST" } });
        var second = await StartAsync(new { driverIds = new[] { "DRV-RESCORE-LIST", "DRV-NOBODY" } });
        await Poll.UntilAsync(() => api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/risk/batch/{second}"), p => p.GetProperty("status").GetString() == "Completed");

        var newest = await api.Admin.GetFromJsonAsync<JsonElement>("/api/v1/risk/batch?limit=1");
        var next = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/risk/batch?limit=1&before={newest.GetProperty("nextBefore").GetString()}");
        var badLimit = await api.Admin.GetAsync("/api/v1/risk/batch?limit=0");
        var asDriver = await (await api.Factory.LoginAsync("DRV-RESCORE-LIST", "correct-horse")).GetAsync("/api/v1/risk/batch");

        Assert.Equal(second, newest.GetProperty("items")[0].GetProperty("jobId").GetString());
        Assert.Equal(1, newest.GetProperty("items")[0].GetProperty("failed").GetInt32());
        Assert.Equal(first, next.GetProperty("items")[0].GetProperty("jobId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asDriver.StatusCode);
    }

    private async Task<string> StartAsync(object request)
    {
        var started = await api.Admin.PostAsJsonAsync("/api/v1/risk/batch-calculate", request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return started.Headers.Location!.ToString().Split('/')[^1];
    }
}
