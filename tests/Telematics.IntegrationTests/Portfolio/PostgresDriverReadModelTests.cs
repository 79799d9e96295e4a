using Microsoft.Extensions.Logging.Abstractions;
using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Portfolio;

public sealed class PostgresDriverReadModelTests(PostgresDatabase database) : DriverReadModelContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IDriverReadModel> ReadModelAsync()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return new PostgresDriverReadModel(database.DataSource);
    }
}
