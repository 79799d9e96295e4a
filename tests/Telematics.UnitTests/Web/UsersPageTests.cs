using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Telematics.Accounts;
using Telematics.Api.Accounts;
using Telematics.Api.Web.Services;
using UsersPage = Telematics.Api.Web.Components.Pages.Insurer.Users;

namespace Telematics.UnitTests.Web;

/// <summary>The Users page's list on an in-memory directory: each account's times, and none for one stored before they were kept.</summary>
public sealed class UsersPageTests : WebComponentTest
{
    private static readonly DateTimeOffset Created = new(2026, 5, 4, 9, 15, 0, TimeSpan.Zero);

    private readonly InMemoryAccountDirectory _directory = new();

    public UsersPageTests()
    {
        // No accounts service or grain factory: listing reads the directory alone, and these tests change nothing.
        Services.AddSingleton(new UserAdministration(_directory, new AccountAdministration(null!, null!), new RecordedAudit(TimeProvider.System).Page));
        AddAuthorization().SetAuthorized("admin").SetRoles("admin");
    }

    [Fact]
    public async Task An_account_shows_when_it_was_created_and_changed_and_an_older_one_a_dash()
    {
        await _directory.UpsertAsync(new AccountSummary("alice", "underwriter", false, null, Created, Created.AddDays(2)));
        await _directory.UpsertAsync(new AccountSummary("old-admin", "admin", false, null));

        var page = Render<UsersPage>();

        var rows = page.FindAll("[data-testid=user-row]");
        Assert.Equal(["alice", "old-admin"], rows.Select(r => r.GetAttribute("data-username")));
        Assert.Equal("2026-05-04T09:15:00.0000000+00:00", rows[0].QuerySelector("[data-testid=user-created] local-time")!.GetAttribute("datetime"));
        Assert.Equal("2026-05-06T09:15:00.0000000+00:00", rows[0].QuerySelector("[data-testid=user-changed] local-time")!.GetAttribute("datetime"));
        Assert.Equal(["—", "—"], rows[1].QuerySelectorAll("[data-testid=user-created], [data-testid=user-changed]").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void Without_accounts_the_page_says_to_create_one()
    {
        var page = Render<UsersPage>();

        Assert.Equal("No account yet: create one with Create user.", page.Find("[data-testid=users-empty]").TextContent.Trim());
    }
}
