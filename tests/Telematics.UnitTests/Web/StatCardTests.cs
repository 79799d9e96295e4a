using Bunit;
using Telematics.Api.Web.Components.Shared;

namespace Telematics.UnitTests.Web;

public sealed class StatCardTests : WebComponentTest
{
    [Fact]
    public void A_card_shows_its_title_as_a_heading_its_value_and_its_detail()
    {
        var card = Render<StatCard>(p => p.Add(c => c.Title, "Premium").Add(c => c.Value, "$512.00 a year").Add(c => c.Detail, "Traditional: $600.00 a year").Add(c => c.TestId, "premium"));

        var paper = card.Find("[data-testid=premium]");
        Assert.Equal("Premium", paper.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Premium", "$512.00 a year", "Traditional: $600.00 a year"], paper.QuerySelectorAll(".mud-typography").Select(t => t.TextContent));
    }

    [Fact]
    public void Without_a_detail_there_is_no_third_line()
    {
        var card = Render<StatCard>(p => p.Add(c => c.Title, "Drivers").Add(c => c.Value, "1,000,000"));

        Assert.Equal(["Drivers", "1,000,000"], card.FindAll(".mud-typography").Select(t => t.TextContent));
    }
}
