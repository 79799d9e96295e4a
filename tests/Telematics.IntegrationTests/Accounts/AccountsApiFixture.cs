using Microsoft.AspNetCore.Hosting;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Accounts;

/// <summary>
/// An Api of its own for the account and audit tests, which sign in far more often than the per-address login limit
/// (20 a minute) allows one test server, whose requests all come from one address; the limit has tests of its own.
/// </summary>
public sealed class AccountsApiFixture() : ApiFixture(new AccountsApiFactory())
{
    private sealed class AccountsApiFactory : TelematicsApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:Login:AttemptsPerAddressPerMinute", "10000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AccountsApiCollection : ICollectionFixture<AccountsApiFixture>
{
    public const string Name = "accounts-api";
}
