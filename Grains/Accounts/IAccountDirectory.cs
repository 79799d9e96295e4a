namespace Telematics.Accounts;

/// <summary>
/// The listable index of stored accounts, written by each <see cref="AccountGrain"/> after its own state: the grains
/// hold the accounts, this answers "which accounts are there" a page at a time, by username.
/// </summary>
public interface IAccountDirectory
{
    Task UpsertAsync(AccountSummary account, CancellationToken cancellationToken = default);

    /// <summary>Accounts with a username after <paramref name="after"/> (ordinal order), of one role if given.</summary>
    Task<AccountPage> ListAsync(string? after, string? role, int limit, CancellationToken cancellationToken = default);
}
