using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Telematics.Silo.Hosting;

namespace Telematics.Silo.Observability;

public static class MetricsHostingExtensions
{
    public static IServiceCollection AddTelematicsMetricsGate(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        return services.AddSingleton(sp => new MetricsGate(
            sp.GetRequiredService<IOptions<MetricsOptions>>().Value, TelematicsOptions.ReadMode(sp.GetRequiredService<IConfiguration>())));
    }

    /// <summary>The Prometheus endpoint behind <see cref="MetricsGate"/>: a refused scrape is 401.</summary>
    public static IEndpointConventionBuilder MapTelematicsMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint(path: null, meterProvider: null, configureBranchedPipeline: branch => branch.Use((http, next) =>
            AdmittedByMetricsGate(http) ? next(http) : RefuseAsync(http)), optionsName: null);

    /// <summary>Puts an endpoint behind the same gate as <c>/metrics</c> (the standalone silo's recent traces).</summary>
    public static TBuilder RequireMetricsGate<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            if (AdmittedByMetricsGate(context.HttpContext))
            {
                return await next(context);
            }

            await RefuseAsync(context.HttpContext);
            return null;
        });

    private static bool AdmittedByMetricsGate(HttpContext http) =>
        http.RequestServices.GetRequiredService<MetricsGate>().Admits(http.Request.Headers.Authorization, http.Connection.RemoteIpAddress);

    private static Task RefuseAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
