using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Telematics.Api.Devices;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Drivers;
using Telematics.Ids;
using Telematics.IntegrationTests.Postgres;
using Telematics.IntegrationTests.Postgres.Faults;
using Telematics.Rescoring;
using Telematics.Silo.Observability;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Observability;

/// <summary>Issue 27, items 1 and 3: what an operator sees of an API node in Postgres mode — its traces and its metrics.</summary>
public sealed partial class PostgresNodeObservabilityTests(PostgresNodeObservabilityTests.TracedNode node) : IClassFixture<PostgresNodeObservabilityTests.TracedNode>
{
    private const string ScrapeToken = "observability-scrape-token-0123456789abcdef";

    /// <summary>
    /// One ingested batch's trace, read back from the node's own <c>GET /api/v1/admin/traces</c>, runs from its HTTP
    /// request through the vehicle and trip grains to the archive's append, and the group commit that wrote it links to
    /// that append.
    /// </summary>
    [Fact]
    public async Task An_ingested_batch_is_followed_from_its_request_through_the_grains_to_the_archive_commit()
    {
        var (_, driverId, vehicleId, device) = await RegisterAsync("TR");
        var admin = await node.Api.LoginAsync("admin", "fault-injection-admin");

        var events = TestData.HarshTrip(seconds: 20, TimeSpan.FromHours(1));
        var answer = await device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events });
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);

        var traces = await Poll.UntilAsync(
            () => admin.GetFromJsonAsync<List<TraceRecord>>("/api/v1/admin/traces?limit=100&span=archive")!,
            found => found!.Any(t => t.Spans.Any(s => s.Tags.GetValueOrDefault("orleans.rpc.target_id") == $"vehicle/{vehicleId}")),
            seconds: 30);
        var trace = traces!.Single(t => t.Spans.Any(s => s.Tags.GetValueOrDefault("orleans.rpc.target_id") == $"vehicle/{vehicleId}"));
        var spans = trace.Spans.ToDictionary(s => s.SpanId);
        var append = Assert.Single(trace.Spans, s => s.Name == "archive append");
        var chain = Ancestors(append, spans).Select(s => (s.Source, s.Name)).ToList();

        Assert.Equal(
            [
                ("Microsoft.Orleans.Application", "ITripGrain/AppendAsync"),
                ("Microsoft.Orleans.Application", "ITripGrain/AppendAsync"),
                ("Microsoft.Orleans.Application", "IVehicleGrain/RecordEventsAsync"),
                ("Microsoft.Orleans.Application", "IVehicleGrain/RecordEventsAsync"),
                ("Microsoft.AspNetCore", "POST /api/v1/telemetry/events"),
            ],
            chain);
        Assert.Equal($"trip/{EntityId.TripId(vehicleId, 1)}", spans[append.ParentSpanId!].Tags["orleans.rpc.target_id"]);

        var commits = await Poll.UntilAsync(
            () => admin.GetFromJsonAsync<List<TraceRecord>>("/api/v1/admin/traces?limit=100&span=archive%20commit")!,
            found => found!.SelectMany(t => t.Spans).Any(s => s.Name == "archive commit" && s.Links.Contains(append.SpanId)),
            seconds: 30);
        Assert.Contains(commits!.SelectMany(t => t.Spans), s => s.Name == "archive commit" && s.Links.Contains(append.SpanId) && s.Status == "Unset");
    }

    /// <summary>
    /// Every metric the alert rules and the Grafana dashboard in deploy/ query is in a live scrape of a node that has
    /// ingested a batch and run a rescoring job.
    /// </summary>
    [Fact]
    public async Task The_alert_rules_and_the_dashboard_query_only_metrics_a_live_node_exports()
    {
        var (id, driverId, vehicleId, device) = await RegisterAsync("MX");
        var events = TestData.HarshTrip(seconds: 20, TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.Accepted, (await device.PostAsJsonAsync("/api/v1/telemetry/events", new { vehicleId, events })).StatusCode);
        // The device meters count records of the device protocols: one OsmAnd fix from a registered phone.
        var admin = await node.Api.LoginAsync("admin", "fault-injection-admin");
        var phone = $"osm-mx-{id}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/devices", new { deviceId = phone, vehicleId, protocol = "osmand" })).StatusCode);
        var osmAndPort = node.Api.Services.GetRequiredService<IOptions<DeviceOptions>>().Value.OsmAndPort;
        using var osmAnd = node.Api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://localhost:{osmAndPort}") });
        var fixTime = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds();
        Assert.Equal(HttpStatusCode.OK, (await osmAnd.PostAsync($"/?id={phone}&lat=45.5&lon=-73.57&timestamp={fixTime}&speed=10", null)).StatusCode);
        var job = node.Grains.GetGrain<IRescoringJobGrain>($"MX-{id}");
        await job.StartAsync(new RescoringRequest([driverId], ModelVersion: null, BatchSize: 10));
        await Poll.UntilAsync(job.GetProgressAsync, p => p.Status == RescoringJobStatus.Completed, seconds: 60);

        using var scraper = node.Api.CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new("Bearer", ScrapeToken);
        var exported = MetricName().Matches(await scraper.GetStringAsync("/metrics")).Select(m => m.Value).ToHashSet();
        var deploy = Path.Combine(AppContext.BaseDirectory, "deploy");
        var queried = new[] { Path.Combine(deploy, "prometheus", "alerts.yml"), Path.Combine(deploy, "grafana", "dashboards", "telematics.json") }
            .SelectMany(f => MetricName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Metric: m.Value)))
            .ToList();

        Assert.Contains(queried, q => q.Metric.StartsWith("telematics_archive_", StringComparison.Ordinal));
        Assert.Contains(queried, q => q.Metric.StartsWith("telematics_rescoring_", StringComparison.Ordinal));
        Assert.All(queried, q => Assert.True(exported.Contains(q.Metric), $"{q.File} queries {q.Metric}, which /metrics does not export"));
    }

    /// <summary>A driver with one vehicle, and the device, signed in with its own key, that sends its events.</summary>
    private async Task<(string Id, string DriverId, string VehicleId, HttpClient Device)> RegisterAsync(string tag)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var (driverId, vehicleId) = ($"DRV-{tag}-{id}", $"VEH-{tag}-{id}");
        await node.Grains.GetGrain<IDriverGrain>(driverId).RegisterAsync(TestData.Registration(driverId));
        await node.Grains.GetGrain<IVehicleGrain>(vehicleId).RegisterAsync(driverId);
        var admin = await node.Api.LoginAsync("admin", PostgresApiFactory.AdminPassword);
        return (id, driverId, vehicleId, await node.Api.DeviceForAsync(admin, vehicleId));
    }

    [GeneratedRegex(@"\b(?:telematics|orleans|http_server|dotnet|process|db_client)_[a-z0-9_]+\b")]
    private static partial Regex MetricName();

    private static IEnumerable<SpanRecord> Ancestors(SpanRecord span, IReadOnlyDictionary<string, SpanRecord> spans)
    {
        for (var parent = span.ParentSpanId; parent is not null && spans.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            yield return next;
        }
    }

    /// <summary>An Api node in Postgres mode that records every trace and lets a scrape with its token read its metrics.</summary>
    public sealed class TracedNode : IAsyncLifetime
    {
        private readonly PostgresDatabase _database = new();

        public TracedApiFactory Api { get; private set; } = null!;

        public IGrainFactory Grains => Api.Services.GetRequiredService<IGrainFactory>();

        public async Task InitializeAsync()
        {
            await _database.InitializeAsync();
            Api = new TracedApiFactory(_database.ConnectionString);
        }

        public async Task DisposeAsync()
        {
            await Api.DisposeAsync();
            await _database.DisposeAsync();
        }
    }

    public sealed class TracedApiFactory(string connectionString) : PostgresApiFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telematics:Observability:Tracing", "true");
            builder.UseSetting("Telematics:Observability:TraceSampleRatio", "1");
            builder.UseSetting("Telematics:Metrics:ScrapeToken", ScrapeToken);
        }
    }
}
