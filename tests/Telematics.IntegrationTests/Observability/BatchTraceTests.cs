using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Drivers;
using Telematics.Ids;
using Telematics.IntegrationTests.Postgres;
using Telematics.IntegrationTests.Postgres.Faults;
using Telematics.Silo.Observability;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Observability;

/// <summary>
/// Issue 27, item 1: one ingested batch's trace, read back from the node's own <c>GET /api/v1/admin/traces</c>, runs
/// from its HTTP request through the vehicle and trip grains to the archive's append, and the group commit that
/// wrote it links to that append.
/// </summary>
public sealed class BatchTraceTests(BatchTraceTests.TracedNode node) : IClassFixture<BatchTraceTests.TracedNode>
{
    [Fact]
    public async Task An_ingested_batch_is_followed_from_its_request_through_the_grains_to_the_archive_commit()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var (driverId, vehicleId) = ($"DRV-TR-{id}", $"VEH-TR-{id}");
        await node.Grains.GetGrain<IDriverGrain>(driverId).RegisterAsync(TestData.Registration(driverId));
        await node.Grains.GetGrain<IVehicleGrain>(vehicleId).RegisterAsync(driverId);
        var device = await node.Api.LoginAsync("device", PostgresApiFactory.DevicePassword);
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

    private static IEnumerable<SpanRecord> Ancestors(SpanRecord span, IReadOnlyDictionary<string, SpanRecord> spans)
    {
        for (var parent = span.ParentSpanId; parent is not null && spans.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            yield return next;
        }
    }

    /// <summary>An Api node in Postgres mode that records every trace.</summary>
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
        }
    }
}
