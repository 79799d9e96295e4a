using Telematics.Api.Web.Services;
using Telematics.Audit;

namespace Telematics.UnitTests.Web;

public sealed class AuditTrailTests
{
    private static AuditTrail.Filters Days(DateTime? from, DateTime? to) => new(null, null, null, null, from, to);

    [Fact]
    public void Days_are_utc_and_the_last_day_is_included_to_its_end()
    {
        var (query, problem) = AuditTrail.Query(Days(new DateTime(2026, 12, 1, 15, 30, 0), new DateTime(2026, 12, 3)), before: 42);

        Assert.Null(problem);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), query!.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero), query.To);
        Assert.Equal(42, query.Before);
        Assert.Equal(AuditTrail.PageSize, query.Limit);
    }

    [Fact]
    public void One_day_is_a_range_and_a_first_day_after_the_last_is_refused()
    {
        Assert.NotNull(AuditTrail.Query(Days(new DateTime(2026, 12, 3), new DateTime(2026, 12, 3)), null).Query);

        var (query, problem) = AuditTrail.Query(Days(new DateTime(2026, 12, 4), new DateTime(2026, 12, 3)), null);
        Assert.Null(query);
        Assert.Contains("after the last", problem);
    }

    [Fact]
    public void Blank_text_filters_are_no_filter_and_given_ones_are_trimmed()
    {
        var (query, _) = AuditTrail.Query(new AuditTrail.Filters(" admin ", "", "   ", "alice", null, null), null);

        Assert.Equal("admin", query!.Actor);
        Assert.Null(query.Action);
        Assert.Null(query.ResourceType);
        Assert.Equal("alice", query.ResourceId);
        Assert.Null(query.From);
        Assert.Null(query.To);
    }

    [Theory]
    [InlineData(null, null, "")]
    [InlineData(null, "{\"a\":1}", "{\"a\":1}")]
    [InlineData("{\"a\":1}", null, "{\"a\":1} → (none)")]
    [InlineData("{\"a\":1}", "{\"a\":2}", "{\"a\":1} → {\"a\":2}")]
    public void A_change_shows_before_and_after_as_there_are(string? before, string? after, string shown) =>
        Assert.Equal(shown, AuditTrail.Change(before, after));

    [Fact]
    public void A_long_change_is_cut_with_an_ellipsis()
    {
        var shown = AuditTrail.Change(null, new string('x', AuditTrail.SummaryShown + 50));

        Assert.Equal(AuditTrail.SummaryShown + 1, shown.Length);
        Assert.EndsWith("…", shown);
    }

    [Fact]
    public void The_verdict_names_the_head_hash_or_the_first_mismatch()
    {
        Assert.Contains("intact: 1,200 entries, the last one's hash abc", AuditTrail.Verdict(new AuditVerification(true, 1200, "abc", null, null)));
        Assert.Contains("broken at entry 17: hash differs", AuditTrail.Verdict(new AuditVerification(false, 17, "", 17, "hash differs")));
    }
}
