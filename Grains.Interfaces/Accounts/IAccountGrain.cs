namespace Telematics.Accounts;

/// <summary>A login account (key: username).</summary>
[Alias("telematics.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Stores the account as given, with a new security stamp and changed time; the created time of one already stored stays.</summary>
    [Alias("Set")]
    Task SetAsync(Account account);

    [Alias("Get")]
    Task<Account?> GetAsync();

    /// <returns>The account as stored, with its first security stamp and its created time; null when the username is taken.</returns>
    [Alias("Create")]
    Task<Account?> CreateAsync(Account account);

    /// <returns>The changed account, with a new security stamp; null when there is no such account.</returns>
    [Alias("Change")]
    Task<Account?> ChangeAsync(AccountChange change);
}
