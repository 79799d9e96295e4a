using Telematics.Accounts;

namespace Telematics.IntegrationTests.Accounts;

/// <summary>What every account directory promises, whichever store holds it.</summary>
public abstract class AccountDirectoryContract
{
    protected abstract Task<IAccountDirectory> DirectoryAsync();

    [Fact]
    public async Task Accounts_page_by_username_in_ordinal_order_and_filter_by_role()
    {
        var directory = await DirectoryAsync();
        var prefix = $"dir-{Guid.NewGuid():N}"[..12];
        foreach (var (suffix, role) in new[] { ("b", "admin"), ("A", "underwriter"), ("c", "admin"), ("a", "device") })
        {
            await directory.UpsertAsync(new AccountSummary($"{prefix}-{suffix}", role, false, null));
        }

        var pages = new List<AccountPage> { await directory.ListAsync($"{prefix}-", null, 3) };
        pages.Add(await directory.ListAsync(pages[0].Next, null, 3));
        var admins = await directory.ListAsync($"{prefix}-", "admin", 10);

        Assert.Equal(["A", "a", "b"], pages[0].Items.Select(a => a.Username[(prefix.Length + 1)..]));
        Assert.Equal($"{prefix}-c", pages[1].Items[0].Username);
        Assert.Equal([$"{prefix}-b", $"{prefix}-c"], admins.Items.Where(a => a.Username.StartsWith(prefix)).Select(a => a.Username));
    }

    [Fact]
    public async Task An_upsert_replaces_the_account_and_the_last_page_has_no_next()
    {
        var directory = await DirectoryAsync();
        var username = $"zz-{Guid.NewGuid():N}";
        await directory.UpsertAsync(new AccountSummary(username, "driver", false, "DRV-DIR-1"));

        await directory.UpsertAsync(new AccountSummary(username, "driver", true, "DRV-DIR-1"));

        var page = await directory.ListAsync(username[..^1], "driver", 500);
        Assert.Equal(new AccountSummary(username, "driver", true, "DRV-DIR-1"), Assert.Single(page.Items, a => a.Username == username));
        Assert.Null(page.Next);
    }
}

public sealed class InMemoryAccountDirectoryTests : AccountDirectoryContract
{
    protected override Task<IAccountDirectory> DirectoryAsync() => Task.FromResult<IAccountDirectory>(new InMemoryAccountDirectory());
}
