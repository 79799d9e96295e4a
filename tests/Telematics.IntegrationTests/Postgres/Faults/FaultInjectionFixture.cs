using Microsoft.Extensions.DependencyInjection;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>
/// One Api node in Postgres mode on a database of its own, owned by a role of its own so that revokes hold, on a
/// PostgreSQL server of its own so that the suite can restart it.
/// </summary>
public sealed class FaultInjectionFixture : IAsyncLifetime
{
    public PrivatePostgresServer Server { get; } = new();

    public PostgresDatabase Database { get; private set; } = null!;

    public PostgresApiFactory Api { get; private set; } = null!;

    /// <summary>Sends the cases' batches: an admin may write for any vehicle, as the cases' many vehicles need.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public IGrainFactory Grains => Api.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Database = new PostgresDatabase { ServerConnectionString = Server.ConnectionString, OwnRole = true };
        await Database.InitializeAsync();
        Api = new PostgresApiFactory(Database.ConnectionString);
        Admin = await Api.LoginAsync("admin", PostgresApiFactory.AdminPassword);
    }

    public async Task DisposeAsync()
    {
        // Whatever started is stopped, also when the server itself could not start.
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
