using MudBlazor;
using Telematics.Accounts;
using Telematics.Api.Web.Auth;
using Telematics.Api.Web.Components.Layout;

namespace Telematics.Api.Web;

/// <summary>The driver portal's drawer section: a driver's own pages, addressed by their own driver id.</summary>
public static class DriverNav
{
    public static readonly NavSection Section = new("My driving", new HashSet<string> { Roles.Driver }, user =>
        user.DriverId() is { } id
            ?
            [
                new NavEntry("Overview", DriverRoutes.Overview(id), Icons.Material.Filled.Dashboard),
                new NavEntry("Trips", DriverRoutes.Page(id, "trips"), Icons.Material.Filled.Route),
                new NavEntry("Pricing", DriverRoutes.Page(id, "pricing"), Icons.Material.Filled.AttachMoney),
                new NavEntry("Insurance advisor", DriverRoutes.Page(id, "advisor"), Icons.Material.Filled.TipsAndUpdates),
                new NavEntry("Driving behaviour", DriverRoutes.Page(id, "behaviour"), Icons.Material.Filled.Insights),
                new NavEntry("Rewards", DriverRoutes.Page(id, "rewards"), Icons.Material.Filled.EmojiEvents),
                new NavEntry("Live driving", DriverRoutes.Page(id, "live"), Icons.Material.Filled.Sensors),
                new NavEntry("Notifications", DriverRoutes.Page(id, "notifications"), Icons.Material.Filled.Notifications),
                new NavEntry("Profile", DriverRoutes.Page(id, "profile"), Icons.Material.Filled.Person),
            ]
            : []);
}
