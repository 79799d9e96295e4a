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

    public Task<AccountPage> ListAsync(AccountQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var items = _accounts.Values.Where(query.Matches).Take(query.Limit + 1).ToList();
            return Task.FromResult(AccountPages.Of(items, query.Limit));
        }
    }
}
