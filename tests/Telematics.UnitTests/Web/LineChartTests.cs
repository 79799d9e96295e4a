using Bunit;
using Telematics.Api.Web.Components.Shared;
using Telematics.Api.Web.Formatting;

namespace Telematics.UnitTests.Web;

public sealed class LineChartTests : WebComponentTest
{
    [Fact]
    public void Fewer_than_two_points_show_the_empty_text_and_no_chart()
    {
        var chart = Render<LineChart>(p => p.Add(c => c.Title, "Speed").Add(c => c.Points, [(0, 30)]).Add(c => c.Empty, "No speeds yet."));

        Assert.Empty(chart.FindAll("svg"));
        Assert.Contains("No speeds yet.", chart.Find("figure").TextContent);
        Assert.Equal("Speed", chart.Find("figure").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_line_spans_the_width_from_the_floor_to_the_top_and_the_caption_gives_the_range_in_its_unit()
    {
        var chart = Render<LineChart>(p => p
            .Add(c => c.Title, "Speed over the trip")
            .Add(c => c.Points, [(10, 0), (20, 30), (30, 60)])
            .Add(c => c.YUnit, Units.Mph));

        // 600 × 160 with 4 units of margin top and bottom: y = 0 at 156, the highest value at 4, x from 0 to 600.
        Assert.Equal("0,156 300,80 600,4", chart.Find("polyline").GetAttribute("points"));
        Assert.Equal("0 mph – 60 mph", chart.FindAll("figcaption span")[1].TextContent);
    }

    [Fact]
    public void Without_a_floor_the_axis_starts_at_the_lowest_value()
    {
        var chart = Render<LineChart>(p => p
            .Add(c => c.Title, "Score")
            .Add(c => c.Points, [(0, 40), (1, 80)])
            .Add(c => c.FloorY, null)
            .Add(c => c.YUnit, Units.Score));

        Assert.Equal("0,156 600,4", chart.Find("polyline").GetAttribute("points"));
        Assert.Equal("40 / 100 – 80 / 100", chart.FindAll("figcaption span")[1].TextContent);
    }
}
