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

        var pages = new List<AccountPage> { await directory.ListAsync(new AccountQuery($"{prefix}-", Limit: 3)) };
        pages.Add(await directory.ListAsync(new AccountQuery(pages[0].Next, Limit: 3)));
        var admins = await directory.ListAsync(new AccountQuery($"{prefix}-", "admin", Limit: 10));

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

        var page = await directory.ListAsync(new AccountQuery(username[..^1], "driver", Limit: 500));
        Assert.Equal(new AccountSummary(username, "driver", true, "DRV-DIR-1"), Assert.Single(page.Items, a => a.Username == username));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task A_username_prefix_finds_the_accounts_that_start_with_it_as_typed_with_the_role_and_pages()
    {
        var directory = await DirectoryAsync();
        var prefix = $"pre{Guid.NewGuid():N}"[..12];
        // "_" and "." are letters of a username, not patterns; the last two start with the prefix in another case, or not at all.
        foreach (var (username, role) in new[]
                 {
                     ($"{prefix}_a", "admin"), ($"{prefix}.b", "underwriter"), ($"{prefix}c", "admin"), ($"{prefix}d", "admin"),
                     ($"{prefix.ToUpperInvariant()}e", "admin"), ($"x{prefix}", "admin"),
                 })
        {
            await directory.UpsertAsync(new AccountSummary(username, role, false, null));
        }

        var all = await directory.ListAsync(new AccountQuery(UsernamePrefix: prefix, Limit: 10));
        var first = await directory.ListAsync(new AccountQuery(Role: "admin", UsernamePrefix: prefix, Limit: 2));
        var second = await directory.ListAsync(new AccountQuery(first.Next, "admin", prefix, 2));
        var underscore = await directory.ListAsync(new AccountQuery(UsernamePrefix: $"{prefix}_", Limit: 10));

        Assert.Equal([$"{prefix}.b", $"{prefix}_a", $"{prefix}c", $"{prefix}d"], all.Items.Select(a => a.Username));
        Assert.Null(all.Next);
        Assert.Equal([$"{prefix}_a", $"{prefix}c"], first.Items.Select(a => a.Username));
        Assert.Equal([$"{prefix}d"], second.Items.Select(a => a.Username));
        Assert.Null(second.Next);
        Assert.Equal([$"{prefix}_a"], underscore.Items.Select(a => a.Username));
    }

    [Fact]
    public async Task An_accounts_created_and_changed_times_are_kept_and_an_older_row_has_none()
    {
        var directory = await DirectoryAsync();
        var prefix = $"time{Guid.NewGuid():N}"[..12];
        var created = new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.Zero).AddTicks(1_234_560);
        await directory.UpsertAsync(new AccountSummary($"{prefix}-new", "admin", false, null, created, created));
        await directory.UpsertAsync(new AccountSummary($"{prefix}-new", "admin", true, null, created, created.AddHours(5)));
        await directory.UpsertAsync(new AccountSummary($"{prefix}-old", "admin", false, null));

        var page = await directory.ListAsync(new AccountQuery(UsernamePrefix: prefix, Limit: 10));

        Assert.Equal(
            [new AccountSummary($"{prefix}-new", "admin", true, null, created, created.AddHours(5)), new AccountSummary($"{prefix}-old", "admin", false, null)],
            page.Items);
    }
}

public sealed class InMemoryAccountDirectoryTests : AccountDirectoryContract
{
    protected override Task<IAccountDirectory> DirectoryAsync() => Task.FromResult<IAccountDirectory>(new InMemoryAccountDirectory());
}
