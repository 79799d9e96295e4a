using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.UnitTests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static AuditRecord Record(int n) =>
        new(At.AddSeconds(n), "admin", "admin", "192.0.2.7", $"req-{n}", "RegisterDriver", "driver", $"DRV-{n:D4}", null, $"{{\"n\":{n}}}", 201);

    private static List<AuditEntry> Chain(int length)
    {
        var chain = new List<AuditEntry>();
        for (var n = 1; n <= length; n++)
        {
            chain.Add(AuditChain.Link(Record(n), n, n == 1 ? AuditChain.Genesis : chain[^1].Hash));
        }

        return chain;
    }

    private static Task<AuditVerification> VerifyAsync(IEnumerable<AuditEntry> chain) => AuditChainVerifier.VerifyAsync(chain.ToAsyncEnumerable());

    [Fact]
    public async Task An_untouched_chain_is_intact_and_its_head_is_the_last_hash()
    {
        var chain = Chain(5);

        var result = await VerifyAsync(chain);

        Assert.Equal(new AuditVerification(true, 5, chain[^1].Hash, null, null), result);
        Assert.Equal(AuditChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(64, chain[0].Hash.Length);
    }

    [Fact]
    public async Task An_edited_field_is_named_by_its_entry()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Record = chain[2].Record with { Outcome = 500 } };

        var result = await VerifyAsync(chain);

        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstMismatch);
        Assert.Equal(2, result.Entries);
        Assert.Contains("changed", result.Problem);
    }

    [Fact]
    public async Task A_removed_entry_is_named_by_the_gap_it_leaves()
    {
        var chain = Chain(5);
        chain.RemoveAt(3);

        var result = await VerifyAsync(chain);

        Assert.Equal(5, result.FirstMismatch);
        Assert.Contains("entry 4 is missing", result.Problem);
    }

    [Fact]
    public async Task Entries_swapped_with_their_sequence_numbers_do_not_follow_each_other()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var result = await VerifyAsync(chain);

        Assert.Equal(2, result.FirstMismatch);
        Assert.Contains("does not follow", result.Problem);
    }

    [Fact]
    public void Characters_moved_from_one_field_to_the_next_change_the_hash()
    {
        var record = Record(1) with { Actor = "ad", Role = "minadmin" };

        var moved = AuditChain.Link(record with { Actor = "admin", Role = "admin" }, 1, AuditChain.Genesis);

        Assert.NotEqual(AuditChain.Link(record, 1, AuditChain.Genesis).Hash, moved.Hash);
    }

    [Fact]
    public void A_null_summary_and_an_empty_one_hash_differently()
    {
        Assert.NotEqual(AuditChain.Link(Record(1) with { Before = null }, 1, AuditChain.Genesis).Hash,
            AuditChain.Link(Record(1) with { Before = "" }, 1, AuditChain.Genesis).Hash);
    }

    [Fact]
    public void The_time_is_kept_to_the_microsecond_so_a_stored_entry_hashes_as_it_was_linked()
    {
        var entry = AuditChain.Link(Record(1) with { At = At.AddTicks(1_234_567) }, 1, AuditChain.Genesis);

        Assert.Equal(At.AddTicks(1_234_560), entry.Record.At);
        Assert.Equal(entry.Hash, AuditChain.HashOf(entry));
    }
}
