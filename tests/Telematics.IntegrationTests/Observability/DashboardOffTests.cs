using System.Net;
using Microsoft.AspNetCore.Hosting;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Observability;

/// <summary>
/// With the Orleans Dashboard turned off (its per-call filter costs ingestion at saturation, bench/results/e2e-embedded.md),
/// the node still starts, the cluster summary still answers, and the dashboard's path is not served.
/// </summary>
public sealed class DashboardOffTests(DashboardOffTests.DashboardOffApiFactory api) : IClassFixture<DashboardOffTests.DashboardOffApiFactory>
{
    [Fact]
    public async Task A_node_without_the_dashboard_starts_and_serves_the_cluster_summary_but_no_dashboard()
    {
        var admin = await api.LoginAsync("admin", "admin-dev");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/cluster")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/orleans/")).StatusCode);
    }

    public sealed class DashboardOffApiFactory : TelematicsApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telematics:Observability:OrleansDashboard", "false");
        }
    }
}
