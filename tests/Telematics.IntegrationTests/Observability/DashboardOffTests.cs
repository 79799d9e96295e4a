using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Observability;

/// <summary>
/// The Orleans Dashboard is off unless configured (its per-call filter and per-second metric collection cost CPU and
/// ingestion's tail, bench/results/e2e-embedded.md): the node still starts, the cluster summary still answers, and the
/// dashboard's path is not served.
/// </summary>
public sealed class DashboardOffTests(DashboardOffTests.DefaultApiFactory api) : IClassFixture<DashboardOffTests.DefaultApiFactory>
{
    [Fact]
    public async Task A_node_by_default_starts_and_serves_the_cluster_summary_but_no_dashboard()
    {
        var admin = await api.LoginAsync("admin", "admin-dev");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/cluster")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/orleans/")).StatusCode);
    }

    public sealed class DefaultApiFactory : TelematicsApiFactoryBase;
}

/// <summary>Turned on, the dashboard is served to admins; anyone else is sent to the sign-in page.</summary>
public sealed class DashboardOnTests(DashboardOnTests.DashboardOnApiFactory api) : IClassFixture<DashboardOnTests.DashboardOnApiFactory>
{
    [Fact]
    public async Task A_node_with_the_dashboard_on_serves_it_to_admins_only()
    {
        var admin = await api.LoginAsync("admin", "admin-dev");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/orleans/")).StatusCode);
        var anonymous = await api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/admin/orleans/");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/login", anonymous.Headers.Location?.AbsolutePath);
    }

    public sealed class DashboardOnApiFactory : TelematicsApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telematics:Observability:OrleansDashboard", "true");
        }
    }
}
