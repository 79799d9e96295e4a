using Bunit;
using Telematics.Api.Web.Components.Shared;
using Telematics.Api.Web.Services;
using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.UnitTests.Web;

/// <summary>The score and premium cards the driver's overview and the insurer's driver page share, and the factors the latter lists.</summary>
public sealed class SummaryCardsTests : WebComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly DriverProfile Profile = new(
        "DRV-1", "Card Test", new RatingVariables(40, Sex.Male, 3, MaritalStatus.Single, CarUse.Private, 700, Region.Rural, 9_000, 20, 12), Now, 3, 42, null);

    private static RiskScore Score(double score) => new(0.0612, score, RiskCategory.High, "v1", Now, 1.2, false, 42);

    private static DriverOverview Overview(params RiskScore[] history) => new(Profile, history.LastOrDefault(), history, null, []);

    [Fact]
    public void The_score_card_shows_the_score_its_category_expected_claims_and_its_trend()
    {
        var card = Render<ScoreCard>(p => p.Add(c => c.Overview, Overview(Score(50), Score(62.4))).Add(c => c.Empty, "none"));

        Assert.Equal("62 / 100", card.Find("[data-testid=score]").TextContent);
        Assert.Equal("High", card.Find("[data-testid=category]").TextContent.Trim());
        Assert.Equal("0.061 claims/year expected", card.Find("[data-testid=expected-claims]").TextContent);
        Assert.Equal("Trend: riskier by 12 points over the last 2 scores", Normalised(card.Find("[data-testid=trend]").TextContent));
    }

    [Fact]
    public void Before_a_score_the_card_says_what_it_is_given_to()
    {
        var card = Render<ScoreCard>(p => p.Add(c => c.Overview, Overview()).Add(c => c.Empty, "No score yet: the driver has no scored trip."));

        Assert.Empty(card.FindAll("[data-testid=score]"));
        Assert.Contains("No score yet: the driver has no scored trip.", card.Markup);
    }

    [Theory]
    [InlineData(600, 510, -0.15, "Saving: $90.00 a year (15 %)")]
    [InlineData(600, 660, 0.10, "Surcharge: $60.00 a year (10 %)")]
    public void The_premium_card_sets_the_telematics_premium_against_the_traditional(decimal traditional, decimal telematics, double discount, string saving)
    {
        var card = Render<PremiumCard>(p => p.Add(c => c.Premium, new PremiumQuote(traditional, telematics, discount, "", "v1", Now)).Add(c => c.Empty, "none"));

        Assert.Equal($"${telematics:N2} a year", card.Find("[data-testid=premium]").TextContent);
        Assert.Equal($"Traditional: ${traditional:N2} a year", card.Find("[data-testid=traditional]").TextContent);
        Assert.Equal(saving, Normalised(card.Find("[data-testid=saving]").TextContent));
    }

    [Fact]
    public void The_insurers_factors_are_the_explanations_both_ways_largest_effect_first()
    {
        static RiskFactor Factor(string name, double log) => new(name, "", log, "", "", "", false, null, name);
        var explanation = new RiskExplanation(
            0.06, 0.05, 62, RiskCategory.High, true, [Factor("speeding", 0.10), Factor("night", 0.30)], [Factor("age", -0.20)], "v1", 1.2, false, 42, [], "");

        var detail = new DriverDetail(Overview(), explanation, [], []);

        Assert.Equal(["night", "age", "speeding"], detail.TopFactors.Select(f => f.Variable));
        Assert.Empty((detail with { Explanation = null }).TopFactors);
    }

    [Fact]
    public void The_insurers_factors_read_by_their_names_with_the_models_identifier_under_each()
    {
        static RiskFactor Factor(RiskVariable variable, string value, double log) => new(variable.Name, "", log, value, "", "", false, null, variable.Label);

        var card = Render<ScoreFactors>(p => p.Add(c => c.DriverId, "DRV-1")
            .Add(c => c.Factors, [Factor(RiskVariables.Brakings[1], "60 per 1,000 mi", 0.29), Factor(RiskVariables.CreditScore, "700", -0.1)]));

        Assert.Equal(["Hard brakings ≥ 8 mph/s", "Credit score"], card.FindAll("[data-testid=factor-label]").Select(e => e.TextContent));
        Assert.Equal(["Brake08Miles", "CreditScore"], card.FindAll("[data-testid=factor-variable]").Select(e => e.TextContent));
        Assert.Equal(["60 per 1,000 mi", "+34 %"], card.FindAll("[data-testid=factor] td").Take(2).Select(e => e.TextContent));
        Assert.Equal("/drivers/DRV-1/advisor", card.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Without_an_explanation_the_factors_card_says_when_it_comes()
    {
        var card = Render<ScoreFactors>(p => p.Add(c => c.DriverId, "DRV-1").Add(c => c.Factors, []));

        Assert.Empty(card.FindAll("[data-testid=factor]"));
        Assert.Contains("No explanation yet: it comes with the first score.", card.Markup);
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
