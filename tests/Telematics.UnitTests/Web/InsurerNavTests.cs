using System.Security.Claims;
using Telematics.Accounts;
using Telematics.Api.Web;

namespace Telematics.UnitTests.Web;

public sealed class InsurerNavTests
{
    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    private static IEnumerable<string> Pages(string role) => InsurerNav.Section(driveSimulator: false).Entries(User(role)).Select(e => e.Href);

    [Fact]
    public void An_admin_has_users_and_the_audit_log()
    {
        Assert.Contains(InsurerRoutes.Users, Pages(Roles.Admin));
        Assert.Contains(InsurerRoutes.Audit, Pages(Roles.Admin));
    }

    [Fact]
    public void An_underwriter_reads_the_audit_log_but_is_not_offered_users_which_only_an_admin_may_open()
    {
        Assert.DoesNotContain(InsurerRoutes.Users, Pages(Roles.Underwriter));
        Assert.Contains(InsurerRoutes.Audit, Pages(Roles.Underwriter));
    }

    [Fact]
    public void The_drive_simulator_shows_to_admins_where_it_runs()
    {
        Assert.Contains(InsurerNav.Section(driveSimulator: true).Entries(User(Roles.Admin)), e => e.Href == InsurerRoutes.Simulator);
    }

    [Fact]
    public void The_drive_simulator_is_not_shown_where_it_is_off_nor_to_underwriters()
    {
        Assert.DoesNotContain(InsurerNav.Section(driveSimulator: false).Entries(User(Roles.Admin)), e => e.Href == InsurerRoutes.Simulator);
        Assert.DoesNotContain(InsurerNav.Section(driveSimulator: true).Entries(User(Roles.Underwriter)), e => e.Href == InsurerRoutes.Simulator);
    }

    [Fact]
    public void A_drivers_detail_is_addressed_by_the_escaped_id()
    {
        Assert.Equal("/insurer/drivers/DRV%3A1", InsurerRoutes.Driver("DRV:1"));
    }
}
