using Npgsql;
using Telematics.Audit;
using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Audit;

public sealed class PostgresAuditLogTests(PostgresDatabase database) : AuditLogContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<IAuditLog> AuditLogAsync() => new PostgresAuditLog(await database.MigratedAsync());

    [Fact]
    public async Task Two_nodes_appending_at_once_extend_the_same_chain()
    {
        await AuditLogAsync();
        await using var otherNode = NpgsqlDataSource.Create(database.ConnectionString);
        var nodes = new[] { new PostgresAuditLog(database.DataSource), new PostgresAuditLog(otherNode) };
        var record = new AuditRecord(DateTimeOffset.UtcNow, "admin", "admin", "192.0.2.1", "req", "RegisterVehicle", "vehicle", "VEH-N", null, "{}", 201);

        var appended = await Task.WhenAll(Enumerable.Range(0, 60).Select(n => nodes[n % 2].AppendAsync(record with { RequestId = $"req-{n}" })));

        var sequences = appended.Select(e => e.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range((int)sequences[0], 60).Select(n => (long)n), sequences);
        var result = await AuditChainVerifier.VerifyAsync(nodes[1].ReadChainAsync());
        Assert.True(result.Intact, result.Problem);
    }

    [Theory]
    [InlineData("UPDATE audit_trail SET outcome = 200")]
    [InlineData("DELETE FROM audit_trail")]
    [InlineData("TRUNCATE audit_trail")]
    public async Task The_application_can_only_insert(string change)
    {
        var audit = await AuditLogAsync();
        await audit.AppendAsync(new AuditRecord(DateTimeOffset.UtcNow, "admin", "admin", "", "req", "Login", "session", "", null, null, 401));

        var refused = await Assert.ThrowsAsync<PostgresException>(() => database.ExecuteAsync(change));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("append-only", refused.MessageText);
    }
}
