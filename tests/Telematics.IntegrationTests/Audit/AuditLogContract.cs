using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.IntegrationTests.Audit;

/// <summary>What every audit trail promises, whichever store holds it.</summary>
public abstract class AuditLogContract
{
    private static readonly DateTimeOffset Then = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<IAuditLog> AuditLogAsync();

    private static AuditRecord Record(string actor, string action, string resourceId, DateTimeOffset at) =>
        new(at, actor, "admin", "2001:db8::7", Guid.NewGuid().ToString("N"), action, "driver", resourceId, null, "{}", 201);

    [Fact]
    public async Task Concurrent_appends_form_one_chain_that_verifies()
    {
        var audit = await AuditLogAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(n => audit.AppendAsync(Record("admin", "RegisterDriver", $"DRV-C{n}", Then))));

        var result = await AuditChainVerifier.VerifyAsync(audit.ReadChainAsync());
        Assert.True(result.Intact, result.Problem);
        Assert.True(result.Entries >= 100);
    }

    [Fact]
    public async Task An_appended_entry_reads_back_as_it_was_hashed()
    {
        var audit = await AuditLogAsync();
        var record = Record("admin", "SetCurrentModel", "current", Then.AddTicks(1_234_567)) with { Before = "{\"version\":\"v1\"}", After = null, Outcome = 503 };

        var appended = await audit.AppendAsync(record);

        var read = Assert.Single((await audit.QueryAsync(new AuditQuery(Before: appended.Sequence + 1, Limit: 1))).Items);
        Assert.Equal(appended, read);
        Assert.Equal(AuditChain.HashOf(read), read.Hash);
    }

    [Fact]
    public async Task Queries_filter_by_actor_action_resource_and_time_and_page_by_keyset_newest_first()
    {
        var audit = await AuditLogAsync();
        var actor = $"op-{Guid.NewGuid():N}"[..12];
        for (var n = 0; n < 5; n++)
        {
            await audit.AppendAsync(Record(actor, "RegisterDriver", $"DRV-Q{n}", Then.AddMinutes(n)));
        }

        await audit.AppendAsync(Record(actor, "RegisterVehicle", "VEH-Q0", Then.AddMinutes(5)));
        await audit.AppendAsync(Record("someone-else", "RegisterDriver", "DRV-Q0", Then.AddMinutes(6)));

        var first = await audit.QueryAsync(new AuditQuery(Actor: actor, Action: "RegisterDriver", Limit: 2));
        var second = await audit.QueryAsync(new AuditQuery(Actor: actor, Action: "RegisterDriver", Before: first.NextBefore, Limit: 2));
        var last = await audit.QueryAsync(new AuditQuery(Actor: actor, Action: "RegisterDriver", Before: second.NextBefore, Limit: 2));
        var resource = await audit.QueryAsync(new AuditQuery(ResourceType: "driver", ResourceId: "DRV-Q0"));
        var window = await audit.QueryAsync(new AuditQuery(Actor: actor, From: Then.AddMinutes(1), To: Then.AddMinutes(3)));

        Assert.Equal(["DRV-Q4", "DRV-Q3", "DRV-Q2", "DRV-Q1", "DRV-Q0"], first.Items.Concat(second.Items).Concat(last.Items).Select(e => e.Record.ResourceId));
        Assert.Null(last.NextBefore);
        Assert.Contains(resource.Items, e => e.Record.Actor == "someone-else");
        Assert.Contains(resource.Items, e => e.Record.Actor == actor);
        Assert.Equal(["DRV-Q2", "DRV-Q1"], window.Items.Select(e => e.Record.ResourceId));
    }
}
