using Microsoft.AspNetCore.Hosting;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>The Api in the Production environment, where the framework's own error answers differ from Development's.</summary>
public sealed class ProductionApiFixture : IAsyncLifetime
{
    public ProductionApiFactory Factory { get; } = new();
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await Factory.LoginAsync("admin", "admin-dev");

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public sealed class ProductionApiFactory : TelematicsApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
