using Bunit;
using Telematics.Api.Web.Components.Shared;

namespace Telematics.UnitTests.Web;

public sealed class BarListTests : WebComponentTest
{
    [Fact]
    public void Each_bar_is_a_row_with_its_label_and_text_and_a_length_relative_to_the_longest()
    {
        var list = Render<BarList>(p => p
            .Add(c => c.Label, "Drivers by score")
            .Add(c => c.LabelHeader, "Score")
            .Add(c => c.ValueHeader, "Drivers")
            .Add(c => c.Bars, [new Bar("0–20", 50, "50 drivers"), new Bar("20–40", 200, "200 drivers"), new Bar("40–60", 0, "none")]));

        var rows = list.FindAll("tbody tr");
        Assert.Equal(["0–20", "20–40", "40–60"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["50 drivers", "200 drivers", "none"], rows.Select(r => r.QuerySelector(".bar-value")!.TextContent));
        Assert.Equal(["25", "100", "0"], rows.Select(r => r.QuerySelector("[role=progressbar]")!.GetAttribute("aria-valuenow")));
        Assert.Equal("Drivers by score", list.Find("table").Closest("[aria-label]")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Bars_all_at_zero_are_drawn_empty_not_divided_by_zero()
    {
        var list = Render<BarList>(p => p.Add(c => c.Label, "Trips per day").Add(c => c.Bars, [new Bar("Mon", 0, "0 trips"), new Bar("Tue", 0, "0 trips")]));

        Assert.All(list.FindAll("[role=progressbar]"), bar => Assert.Equal("0", bar.GetAttribute("aria-valuenow")));
    }
}
