using Microsoft.Extensions.Options;
using Telematics.Silo.Hosting;

namespace Telematics.Api.Hosting;

public static class MetricsHostingExtensions
{
    public static IServiceCollection AddTelematicsMetricsGate(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        return services.AddSingleton(sp => new MetricsGate(
            sp.GetRequiredService<IOptions<MetricsOptions>>().Value, TelematicsOptions.ReadMode(sp.GetRequiredService<IConfiguration>())));
    }

    /// <summary>The Prometheus endpoint behind <see cref="MetricsGate"/>: a refused scrape is 401 problem details.</summary>
    public static IEndpointConventionBuilder MapTelematicsMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(path: null, meterProvider: null, configureBranchedPipeline: branch => branch.Use((http, next) =>
        {
            if (http.RequestServices.GetRequiredService<MetricsGate>().Admits(http.Request.Headers.Authorization, http.Connection.RemoteIpAddress))
            {
                return next(http);
            }

            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }), optionsName: null);
}
