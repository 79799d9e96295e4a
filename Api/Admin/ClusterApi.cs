using Orleans.Dashboard;
using Telematics.Api.Auth;
using Telematics.Silo.Observability;

namespace Telematics.Api.Admin;

/// <summary>The cluster in view for operators: the summary, this node's recent traces, and the Orleans Dashboard.</summary>
public static class ClusterApi
{
    public const string DashboardPath = "/admin/orleans";

    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder routes, IConfiguration configuration)
    {
        var group = routes.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);
        group.MapGet("/cluster", SummaryAsync).WithName("GetClusterSummary");
        group.MapRecentTraces("/traces");
        if (ObservabilityOptions.Read(configuration).OrleansDashboard)
        {
            routes.MapOrleansDashboard(DashboardPath).RequireAuthorization(Policies.Admin);
        }

        return routes;
    }

    private static async Task<ClusterSummary> SummaryAsync(IGrainFactory grains, ILocalSiloDetails localSilo, StreamQueueDepth queues)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var statistics = await management.GetSimpleGrainStatistics();
        var silos = hosts
            .OrderBy(h => h.SiloName, StringComparer.Ordinal)
            .Select(h => new SiloSummary(h.SiloName, h.SiloAddress.ToString(), h.HostName, h.Status.ToString(), h.StartTime, h.IAmAliveTime))
            .ToList();
        var activations = statistics
            .GroupBy(s => s.GrainType)
            .Select(g => new GrainTypeActivations(
                g.Key, g.Sum(s => s.ActivationCount), g.GroupBy(s => s.SiloAddress.ToString()).ToDictionary(s => s.Key, s => s.Sum(x => x.ActivationCount))))
            .OrderByDescending(a => a.Activations)
            .ThenBy(a => a.GrainType, StringComparer.Ordinal)
            .ToList();
        var queued = queues.Read();
        return new ClusterSummary(silos, activations, new StreamQueueSummary(localSilo.Name, queued.Values.Sum(), queued));
    }
}
