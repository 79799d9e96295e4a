using Microsoft.Extensions.DependencyInjection;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>One Api node in Postgres mode on a database of its own, owned by a role of its own so that revokes hold.</summary>
public sealed class FaultInjectionFixture : IAsyncLifetime
{
    public PostgresDatabase Database { get; } = new() { OwnRole = true };

    public PostgresApiFactory Api { get; private set; } = null!;

    public HttpClient Device { get; private set; } = null!;

    public IGrainFactory Grains => Api.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Api = new PostgresApiFactory(Database.ConnectionString);
        Device = await Api.LoginAsync("device", PostgresApiFactory.DevicePassword);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
