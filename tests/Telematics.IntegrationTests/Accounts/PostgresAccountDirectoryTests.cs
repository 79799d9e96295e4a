using Telematics.Accounts;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Accounts;

public sealed class PostgresAccountDirectoryTests(PostgresDatabase database) : AccountDirectoryContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IAccountDirectory> DirectoryAsync() => new PostgresAccountDirectory(await database.MigratedAsync());
}
