using Bunit;
using Telematics.Api.Web;
using Telematics.Api.Web.Components.Pages.Drivers;
using Telematics.Trips;

namespace Telematics.UnitTests.Web;

public sealed class TripTableTests : WebComponentTest
{
    private static TripSummary Trip(string tripId, TripFeatures? features) =>
        new(tripId, "VEH-1", "DRV-1", features is null ? TripStatus.InProgress : TripStatus.Completed, features is null ? null : TripEndReason.IgnitionOff, features, 100);

    // 2 miles in 20 minutes at up to 25 m/s, with 2 harsh accelerations and 1 harsh braking at 6 mph/s.
    private static readonly TripFeatures Features = new(
        new DateTimeOffset(2026, 1, 5, 7, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 5, 7, 50, 0, TimeSpan.Zero), 2 * 1609.344, 1200, 25,
        [2, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], 1200);

    [Fact]
    public void No_trips_say_what_to_do()
    {
        var table = Render<TripTable>(p => p.Add(c => c.DriverId, "DRV-1").Add(c => c.Trips, []));

        Assert.Empty(table.FindAll("table"));
        Assert.Equal("No trips yet. Drive with your device on and your trips appear here.", table.Find("[data-testid=no-trips]").TextContent);
    }

    [Fact]
    public void A_page_can_say_why_it_has_none()
    {
        var table = Render<TripTable>(p => p.Add(c => c.DriverId, "DRV-1").Add(c => c.Trips, []).Add(c => c.Empty, "No trips on or before that day."));

        Assert.Equal("No trips on or before that day.", table.Find("[data-testid=no-trips]").TextContent);
    }

    [Fact]
    public void Each_finished_trip_is_a_row_with_units_and_a_link_to_its_page_and_one_under_way_is_left_out()
    {
        var table = Render<TripTable>(p => p.Add(c => c.DriverId, "DRV-1").Add(c => c.Trips, [Trip("T 1", Features), Trip("T-2", null)]));

        var row = Assert.Single(table.FindAll("tbody tr"));
        Assert.Equal("T 1", row.GetAttribute("data-trip"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["2026-01-05 07:30 UTC", "2.0 mi", "20 min 00 s", "3", "56 mph"], cells);
        var link = row.QuerySelector("a")!;
        Assert.Equal(DriverRoutes.Trip("DRV-1", "T 1"), link.GetAttribute("href"));
        Assert.EndsWith("/trips/T%201", link.GetAttribute("href"));
        Assert.Equal("Trip of 2026-01-05 07:30 UTC", link.GetAttribute("aria-label"));
    }
}
