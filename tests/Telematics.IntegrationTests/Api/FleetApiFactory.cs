using Microsoft.AspNetCore.Hosting;

namespace Telematics.IntegrationTests.Api;

/// <summary>
/// The embedded default as a newcomer runs it, with a small built-in fleet: 3 vehicles, 5 past trips each; its models
/// from <paramref name="modelDirectory"/> when given.
/// </summary>
public sealed class FleetApiFactory(string? modelDirectory = null) : TelematicsApiFactoryBase
{
    public const int Vehicles = 3;
    public const int HistoryTrips = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telematics:Fleet:Enabled", "true");
        builder.UseSetting("Telematics:Fleet:Vehicles", Vehicles.ToString());
        builder.UseSetting("Telematics:Fleet:HistoryTrips", HistoryTrips.ToString());
        // As an operator turns it on for a look at the cluster (docs/operations.md): the browser tests open it.
        builder.UseSetting("Telematics:Observability:OrleansDashboard", "true");
        // Every browser test signs in from loopback, and the sign-in pages' per-address limit counts their loads too.
        builder.UseSetting("Auth:Login:AttemptsPerAddressPerMinute", "10000");
        if (modelDirectory is not null)
        {
            builder.UseSetting("Telematics:RiskModel:Directory", modelDirectory);
        }
    }
}
