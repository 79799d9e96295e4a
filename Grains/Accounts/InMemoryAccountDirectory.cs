namespace Telematics.Accounts;

/// <summary>Embedded mode's account directory, in memory like the accounts themselves.</summary>
public sealed class InMemoryAccountDirectory : IAccountDirectory
{
    private readonly Lock _lock = new();
    private readonly SortedList<string, AccountSummary> _accounts = new(StringComparer.Ordinal);

    public Task UpsertAsync(AccountSummary account, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _accounts[account.Username] = account;
        }

        return Task.CompletedTask;
    }

    public Task<AccountPage> ListAsync(string? after, string? role, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var items = _accounts.Values
                .Where(a => (after is null || string.CompareOrdinal(a.Username, after) > 0) && (role is null || a.Role == role))
                .Take(limit + 1)
                .ToList();
            return Task.FromResult(AccountPages.Of(items, limit));
        }
    }
}
