using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor.Services;
using Telematics.Api.Audit;
using Telematics.Api.Fleet;
using Telematics.Archive;
using Telematics.Api.Web.Auth;
using Telematics.Api.Web.Components;
using Telematics.Api.Web.Components.Layout;
using Telematics.Api.Web.Services;

namespace Telematics.Api.Web;

/// <summary>The web app in the Api host: Blazor with interactive server rendering and MudBlazor, signed in by cookie.</summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddTelematicsWeb(this WebApplicationBuilder builder)
    {
        // `dotnet run` serves from the build output, where the packages' files (MudBlazor's, Blazor's script) are
        // listed by a manifest the host reads only in Development unless asked; a published app has them in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, StampRevalidatingStateProvider>();
        services.AddSingleton<IAuthorizationHandler, OwnDriverPageHandler>();
        services.AddMudServices();
        services.AddSingleton<WebSignIn>();
        services.AddSingleton<PageAudit>();
        services.AddDriverPortal();
        services.AddSingleton<RecentRoutes>();
        if (FleetOptions.Runs(builder.Configuration))
        {
            // Registered last, so that it is the archive the silo resolves; off without the fleet, so that a benchmark's
            // ingestion does no extra work.
            services.AddSingleton<IEventArchive>(sp => new RouteRecordingArchive(new TransientEventArchive(), sp.GetRequiredService<RecentRoutes>()));
        }

        services.AddInsurerConsole(DriveSimulatorOptions.Runs(builder.Configuration));
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<AuditTrail>();
        return builder;
    }

    /// <summary>The driver portal's drawer section and the services its pages read through.</summary>
    private static IServiceCollection AddDriverPortal(this IServiceCollection services) =>
        services.AddNavSection(DriverNav.Section).AddSingleton<PremiumWhatIf>().AddSingleton<DriverPortal>();

    /// <summary>The insurer console's drawer section and the services its pages read through.</summary>
    private static IServiceCollection AddInsurerConsole(this IServiceCollection services, bool driveSimulator) =>
        services.AddNavSection(InsurerNav.Section(driveSimulator)).AddSingleton<InsurerConsole>().AddSingleton<DriverDetails>()
            .AddSingleton<ModelVersions>()
            .AddSingleton<InsurerPolicies>();

    public static IEndpointRouteBuilder MapTelematicsWeb(this IEndpointRouteBuilder routes)
    {
        routes.MapStaticAssets();
        routes.MapSignOut();
        routes.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                // A page's form posts are audited like an API change: the middleware reads this metadata.
                if (endpoint.Metadata.OfType<AuditedPageAttribute>().FirstOrDefault() is { } audited)
                {
                    endpoint.Metadata.Add(new AuditedResource(audited.ResourceType));
                }
            });
        return routes;
    }
}
