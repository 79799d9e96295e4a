namespace Telematics.Accounts;

/// <summary>
/// The listable index of stored accounts, written by each <see cref="AccountGrain"/> after its own state: the grains
/// hold the accounts, this answers "which accounts are there" a page at a time, by username.
/// </summary>
public interface IAccountDirectory
{
    Task UpsertAsync(AccountSummary account, CancellationToken cancellationToken = default);

    /// <summary>The query's page of accounts, by username in ordinal order.</summary>
    Task<AccountPage> ListAsync(AccountQuery query, CancellationToken cancellationToken = default);
}
