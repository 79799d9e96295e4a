using Microsoft.AspNetCore.Hosting;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>The real Api in Postgres mode (ADO.NET clustering, storage, reminders and streams, the archive) on one database.</summary>
public class PostgresApiFactory(string connectionString) : TelematicsApiFactoryBase
{
    public const string AdminPassword = "fault-injection-admin";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telematics:Mode", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("Auth:SigningKey", "fault-injection-signing-key-0123456789abcdef");
        builder.UseSetting("Auth:Users:0:Password", AdminPassword);
        // Trips end by their ignition-off batch; a long idle timeout keeps the idle timer out of the cases, and no reorder
        // window makes that batch the one that publishes and stores the completion, the step the cases hold a fault at.
        builder.UseSetting("Telematics:Trips:IdleTimeout", "00:10:00");
        builder.UseSetting("Telematics:Trips:ReorderWindow", "00:00:00");
    }
}
