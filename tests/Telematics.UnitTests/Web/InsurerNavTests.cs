using System.Security.Claims;
using Telematics.Accounts;
using Telematics.Api.Web;

namespace Telematics.UnitTests.Web;

public sealed class InsurerNavTests
{
    private static IEnumerable<string> Pages(string role) =>
        InsurerNav.Section.Entries(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"))).Select(e => e.Href);

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
}
