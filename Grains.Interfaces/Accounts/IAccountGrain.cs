namespace Telematics.Accounts;

/// <summary>A login account (key: username).</summary>
[Alias("telematics.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    [Alias("Set")]
    Task SetAsync(Account account);

    [Alias("Get")]
    Task<Account?> GetAsync();
}
