using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;
using Telematics.Diagnostics;
using Telematics.Silo.Hosting;

namespace Telematics.Silo.Observability;

/// <summary>
/// What every process that hosts a silo shares, the API node and the standalone silo alike: console logging in the
/// configured format, OpenTelemetry metrics and traces (Prometheus, and OTLP when its endpoint is set), and the health
/// checks behind <c>/health</c> and <c>/health/ready</c>.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Our own meters: <c>Telematics.Devices</c>, <c>Telematics.Archive</c>, <c>Telematics.Rescoring</c>, …</summary>
    private const string OwnMeters = "Telematics.*";

    private static readonly double[] RequestDurationBucketsS =
        [0.0005, 0.001, 0.002, 0.003, 0.004, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static IHostApplicationBuilder AddTelematicsServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        var options = ObservabilityOptions.Read(builder.Configuration);
        builder.Logging.ClearProviders();
        if (options.LogFormat == LogFormat.Json)
        {
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole();
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.Orleans", "System.Runtime", "Npgsql", OwnMeters)
                // The default buckets start at 5 ms, which is the read target itself; these resolve the percentiles under it.
                .AddView("http.server.request.duration", new ExplicitBucketHistogramConfiguration { Boundaries = RequestDurationBucketsS })
                .AddPrometheusExporter());
        if (options.TracingEnabled)
        {
            var recent = new RecentSpans(options.RecentSpansKept);
            builder.Services.AddSingleton(recent);
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.TraceSampleRatio)))
                .AddAspNetCoreInstrumentation()
                .AddSource(ActivitySources.ApplicationGrainActivitySourceName, ActivitySources.StorageActivitySourceName, TelematicsTracing.SourceName)
                .AddNpgsql()
                .AddProcessor(recent));
        }

        if (!string.IsNullOrEmpty(builder.Configuration[ObservabilityOptions.OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter();
        }

        var health = builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag]);
        if (TelematicsOptions.ReadMode(builder.Configuration) == TelematicsMode.Postgres)
        {
            health.AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag]);
        }

        builder.Services.AddTelematicsMetricsGate();
        builder.Services.AddSingleton<StreamQueueDepth>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ClusterMetrics>();
        return builder;
    }

    /// <summary>
    /// <c>/metrics</c> behind <see cref="MetricsGate"/>; <c>/health</c> answers while the process runs (liveness) and
    /// <c>/health/ready</c> once the silo has joined and, in Postgres mode, the archive can be written (readiness).
    /// </summary>
    public static IEndpointRouteBuilder MapTelematicsServiceEndpoints(this WebApplication app)
    {
        app.MapTelematicsMetrics();
        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }

    private const string ReadyTag = "ready";
}
