using Telematics.Drivers;
using Telematics.Insurance;
using Telematics.Pricing;

namespace Telematics.UnitTests.Insurance;

public sealed class PolicyRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Policy Active = new("POL-1", "DRV-1", ["VEH-1"], Start, Start.AddYears(1), PolicyStatus.Active, 600m, 500m, Start);

    [Theory]
    [InlineData("POL-1", "POL-1-R1")]
    [InlineData("POL-1-R1", "POL-1-R2")]
    [InlineData("POL-1-R9", "POL-1-R10")]
    [InlineData("POL-R", "POL-R-R1")]
    [InlineData("-R1", "-R1-R1")]
    public void A_renewal_number_counts_the_terms(string number, string next) => Assert.Equal(next, PolicyNumbers.NextTerm(number));

    [Fact]
    public void An_active_policy_past_its_term_reads_as_expired_and_records_no_more_premiums()
    {
        Assert.Equal(PolicyStatus.Active, Active.StatusAt(Active.TermEnd.AddTicks(-1)));
        Assert.Equal(PolicyStatus.Expired, Active.StatusAt(Active.TermEnd));
        Assert.Equal(PolicyStatus.Cancelled, (Active with { Status = PolicyStatus.Cancelled }).StatusAt(Start));
        Assert.True(Active.RecordsPremiumAt(Start.AddDays(-10)));
        Assert.False(Active.RecordsPremiumAt(Active.TermEnd));
        Assert.False((Active with { Status = PolicyStatus.Renewed }).RecordsPremiumAt(Start));
    }

    [Fact]
    public void A_premium_history_entry_is_another_premium_or_another_model()
    {
        var quote = new PremiumQuote(600m, 500m, 16.7, "why", "v1", Start);

        Assert.True(PremiumChange.IsChange(null, quote));
        Assert.False(PremiumChange.IsChange(quote, quote with { CalculatedAt = Start.AddDays(1), Reason = "other" }));
        Assert.True(PremiumChange.IsChange(quote, quote with { TelematicsPremium = 500.01m }));
        Assert.True(PremiumChange.IsChange(quote, quote with { ModelVersion = "v2" }));
    }

    [Fact]
    public void A_cursor_reads_back_as_written_and_other_text_is_refused()
    {
        var cursor = PolicyCursor.After(Active, "termEnd", descending: true);

        Assert.Equal(cursor, PolicyCursor.Decode(cursor.Encode()));
        Assert.Null(PolicyCursor.Decode("garbage!"));
        Assert.Null(PolicyCursor.Decode(new PolicyCursor("color", false, "x", "POL-1").Encode()));
        Assert.Null(PolicyCursor.Decode(new PolicyCursor("termEnd", false, "not-ticks", "POL-1").Encode()));
    }

    [Fact]
    public void A_profile_change_keeps_what_it_does_not_name_and_empty_removes_a_contact_detail()
    {
        var rating = new RatingVariables(40, Sex.Male, 3, MaritalStatus.Single, CarUse.Private, 700, Region.Rural, 9000, 20, 12);
        var registration = new DriverRegistration("Ada", rating, Start, Email: "ada@example.com", Phone: "123");

        var changed = new DriverProfileChange(Phone: "", Rating: new RatingVariablesChange(CreditScore: 650)).ApplyTo(registration);

        Assert.Equal(registration with { Phone = null, Rating = rating with { CreditScore = 650 } }, changed);
        Assert.Equal(registration, new DriverProfileChange().ApplyTo(registration));
    }
}
