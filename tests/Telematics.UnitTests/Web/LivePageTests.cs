using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telematics.Api.Web;
using LivePage = Telematics.Api.Web.Components.Pages.Drivers.Live;
using Telematics.Live;
using Telematics.Portfolio;

namespace Telematics.UnitTests.Web;

/// <summary>The Live driving page on the process's own live feed: what a trip's progress and the driver's update draw.</summary>
public sealed class LivePageTests : WebComponentTest
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);
    private readonly LiveFeedBroadcaster _feed = new();
    private readonly BunitJSModuleInterop _map;

    public LivePageTests()
    {
        Services.AddSingleton<ILiveFeed>(_feed);
        Services.AddSingleton(Options.Create(new WebOptions { TileUrl = "" }));
        _map = JSInterop.SetupModule("./js/route-map.js");
    }

    private static TripProgress At(int second, string driverId = "DRV-1", params HarshMoment[] harsh) =>
        new("T-1", driverId, Start.AddSeconds(second), 45.5 + second * 0.001, -73.6, 20, harsh);

    private IRenderedComponent<LivePage> Follow()
    {
        var page = Render<LivePage>(p => p.Add(c => c.Id, "DRV-1"));
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=live]").GetAttribute("data-following")));
        Assert.NotNull(page.Find("[data-testid=live-waiting]"));
        return page;
    }

    [Fact]
    public void A_trips_progress_shows_where_the_car_is_its_speed_and_its_harsh_events_and_draws_it_on_a_plain_map()
    {
        var page = Follow();

        _feed.Publish(At(0));
        page.WaitForAssertion(() => Assert.Equal("45 mph", page.Find("[data-testid=live-speed]").TextContent));
        Assert.Equal("45.50000° N, 73.60000° W", page.Find("[data-testid=live-position]").TextContent);
        Assert.Equal("Under way", page.Find("[data-testid=live-trip-status]").TextContent);
        Assert.Equal("None so far on this trip.", page.Find("[data-testid=live-no-harsh]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=live-waiting]"));
        page.WaitForAssertion(() => Assert.Null(Assert.Single(_map.Invocations["draw"]).Arguments[3]));

        _feed.Publish(At(5, harsh: new HarshMoment(Start.AddSeconds(4), 45.504, -73.6, true, 9.5)));
        page.WaitForAssertion(() => Assert.Equal("45.50500° N, 73.60000° W", page.Find("[data-testid=live-position]").TextContent));
        Assert.Contains("harsh braking, 9.5 mph/s", page.Find("[data-testid=live-harsh-events]").TextContent);
        page.WaitForAssertion(() => Assert.Single(_map.Invocations["update"]));
    }

    [Fact]
    public void Another_drivers_trip_and_update_are_not_shown()
    {
        var page = Follow();

        // Each kind in order on its own channel: once the driver's own shows, the other driver's has been passed over.
        _feed.Publish(At(0, driverId: "DRV-2", harsh: new HarshMoment(Start, 45.5, -73.6, false, 7)));
        _feed.Publish(new DriverSummary("DRV-2", "Other", 4, 40, 70, "Low", 0.05, "v1", 600m, 500m, -0.17, Start));
        _feed.Publish(At(1));
        _feed.Publish(new DriverSummary("DRV-1", "Live", 9, 40, 70, "Low", 0.05, "v1", 600m, 500m, -0.17, Start));

        page.WaitForAssertion(() => Assert.Equal("9", page.Find("[data-testid=live-trips]").TextContent));
        page.WaitForAssertion(() => Assert.Equal("45.50100° N, 73.60000° W", page.Find("[data-testid=live-position]").TextContent));
        Assert.NotNull(page.Find("[data-testid=live-no-harsh]"));
        Assert.Single(page.FindAll("[data-testid=live-updates] .mud-list-item"));
    }

    [Fact]
    public void The_end_of_the_trip_and_then_the_score_it_brings_show_as_they_arrive()
    {
        var page = Follow();
        _feed.Publish(At(0));
        _feed.Publish(At(9) with { Ended = true });
        page.WaitForAssertion(() => Assert.Equal("Ended, being scored", page.Find("[data-testid=live-trip-status]").TextContent));

        _feed.Publish(new DriverSummary("DRV-1", "Live", 7, 52.5, 81.4, "Low", 0.05, "v1", 600m, 512.5m, -0.146, Start.AddSeconds(12)));
        page.WaitForAssertion(() => Assert.Equal("Ended and scored", page.Find("[data-testid=live-trip-status]").TextContent));
        Assert.Equal("7", page.Find("[data-testid=live-trips]").TextContent);
        Assert.Equal("81 / 100", page.Find("[data-testid=live-score]").TextContent);
        Assert.Contains("7 trips, score 81 / 100, $512.50 a year", page.Find("[data-testid=live-updates]").TextContent);
    }
}
