using Telematics.Insurance;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Insurance;

public sealed class PostgresPolicyStoreTests(PostgresDatabase database) : PolicyStoreContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IPolicyStore> StoreAsync() => new PostgresPolicyStore(await database.MigratedAsync());
}
