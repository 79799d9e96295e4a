using Bunit;
using Telematics.Api.Web.Components.Shared;

namespace Telematics.UnitTests.Web;

/// <summary>The server's half of <c>LocalTime</c>: the instant for the viewer's script, and a UTC text for a page without it.</summary>
public sealed class LocalTimeTests : WebComponentTest
{
    private static readonly DateTimeOffset Instant = new(2026, 1, 5, 7, 30, 15, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("datetime", "2026-01-05 12:30 UTC")]
    [InlineData("date", "2026-01-05")]
    [InlineData("time", "2026-01-05 12:30 UTC")]
    [InlineData("seconds", "12:30:15 UTC")]
    public void The_element_carries_the_instant_and_the_format_and_shows_it_in_utc_until_the_script_draws_it(string format, string fallback)
    {
        var time = Render<LocalTime>(p => p.Add(c => c.Value, Instant).Add(c => c.Format, format));

        var element = time.Find("local-time");
        Assert.Equal("2026-01-05T07:30:15.0000000-05:00", element.GetAttribute("datetime"));
        Assert.Equal(format, element.GetAttribute("format"));
        Assert.Equal(fallback, element.TextContent);
    }
}
