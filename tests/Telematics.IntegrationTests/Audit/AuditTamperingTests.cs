using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Telematics.Audit;
using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Commands;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Audit;

/// <summary>
/// Rows changed directly in PostgreSQL, by someone who may disable the append-only trigger (a superuser, the owner):
/// verification, through the store and through <c>Silo -- audit verify</c>, names the first entry that no longer matches.
/// Each test has a database of its own, since each breaks its chain.
/// </summary>
public sealed class AuditTamperingTests : IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private PostgresAuditLog _audit = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new SchemaMigrator(_database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _audit = new PostgresAuditLog(_database.DataSource);
        for (var n = 1; n <= 6; n++)
        {
            await _audit.AppendAsync(new AuditRecord(DateTimeOffset.UtcNow, "admin", "admin", "192.0.2.9", $"req-{n}", "RegisterDriver", "driver", $"DRV-T{n}", null, "{}", 201));
        }
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_untouched_trail_verifies_by_the_command_too()
    {
        var result = await AuditChainVerifier.VerifyAsync(_audit.ReadChainAsync());

        Assert.Equal((true, 6L), (result.Intact, result.Entries));
        Assert.Equal(0, await VerifyCommandAsync());
    }

    [Fact]
    public async Task An_edited_row_is_found()
    {
        await TamperAsync("UPDATE audit_trail SET outcome = 200 WHERE sequence = 4");

        await AssertBrokenAtAsync(4, "changed");
    }

    [Fact]
    public async Task A_deleted_row_is_found()
    {
        await TamperAsync("DELETE FROM audit_trail WHERE sequence = 3");

        await AssertBrokenAtAsync(4, "entry 3 is missing");
    }

    [Fact]
    public async Task Reordered_rows_are_found()
    {
        // Through negative numbers: the primary key is checked row by row.
        await TamperAsync("UPDATE audit_trail SET sequence = -sequence WHERE sequence IN (2, 5); "
            + "UPDATE audit_trail SET sequence = CASE sequence WHEN -2 THEN 5 ELSE 2 END WHERE sequence < 0");

        await AssertBrokenAtAsync(2, "does not follow");
    }

    [Fact]
    public async Task A_row_rehashed_alone_no_longer_links_to_the_next()
    {
        var edited = (await _audit.QueryAsync(new AuditQuery(Before: 4, Limit: 1))).Items[0];
        edited = edited with { Record = edited.Record with { Outcome = 200 } };
        await TamperAsync($"UPDATE audit_trail SET outcome = 200, hash = '{AuditChain.HashOf(edited)}' WHERE sequence = 3");

        await AssertBrokenAtAsync(4, "does not follow");
    }

    private async Task AssertBrokenAtAsync(long sequence, string problem)
    {
        var result = await AuditChainVerifier.VerifyAsync(_audit.ReadChainAsync());

        Assert.False(result.Intact);
        Assert.Equal(sequence, result.FirstMismatch);
        Assert.Contains(problem, result.Problem);
        Assert.Equal(AuditCommand.Broken, await VerifyCommandAsync());
    }

    /// <summary>As a superuser would: the trigger off for the one change, then on again.</summary>
    private Task TamperAsync(string change) =>
        _database.ExecuteAsync($"ALTER TABLE audit_trail DISABLE TRIGGER USER; {change}; ALTER TABLE audit_trail ENABLE TRIGGER USER");

    private Task<int> VerifyCommandAsync() =>
        new RootCommand { AuditCommand.Create() }.Parse(["audit", "verify", "--connection", _database.ConnectionString]).InvokeAsync();
}
