using System.Net;
using System.Text.Json;

namespace Telematics.IntegrationTests.Hosting;

/// <summary>Issue 27, item 1: the standalone silo serves the service defaults on its management port, as the API does.</summary>
public sealed class StandaloneSiloManagementTests
{
    [Fact]
    public async Task The_standalone_silo_answers_health_readiness_metrics_and_traces_on_its_management_port()
    {
        using var silo = await SiloProcess.StartAsync(
            "--Telematics:Observability:Tracing=true", "--Telematics:Observability:TraceSampleRatio=1", "--Telematics:Observability:LogFormat=Json",
            // The host's start and stop lines, so there are log lines to read whatever else logs.
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
        using var http = new HttpClient { BaseAddress = silo.Management };

        var live = await Poll.UntilAsync(() => http.GetAsync("/health"), r => r.IsSuccessStatusCode);
        var ready = await Poll.UntilAsync(() => http.GetAsync("/health/ready"), r => r.IsSuccessStatusCode, seconds: 60);
        var metrics = await http.GetStringAsync("/metrics");
        var traces = await http.GetAsync("/traces");
        await silo.StopAsync();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Contains("orleans_catalog_activations", metrics);
        Assert.Contains("telematics_cluster_silos", metrics);
        Assert.Equal(HttpStatusCode.OK, traces.StatusCode);
        // JSON lines: every line the console logger wrote parses as one JSON object.
        var logLines = await Poll.UntilAsync(() => Task.FromResult(silo.Output.Where(l => l.Length > 0).ToList()), lines => lines.Count > 0, seconds: 10);
        Assert.All(logLines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }
}
