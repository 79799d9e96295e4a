using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Telematics.Accounts;

namespace Telematics.Api.Auth;

/// <summary>Checks logins against the configured operator accounts, then the stored (hashed) accounts.</summary>
public sealed class AccountService(IGrainFactory grains, IOptions<AuthOptions> options)
{
    private readonly PasswordHasher<string> _hasher = new();

    public async Task<Account?> VerifyAsync(string username, string password)
    {
        var configured = options.Value.Users.FirstOrDefault(u => u.Username == username);
        if (configured is not null)
        {
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured.Password), Encoding.UTF8.GetBytes(password))
                ? new Account(username, "", configured.Role, null)
                : null;
        }

        var account = await grains.GetGrainByKey<IAccountGrain>(username).GetAsync();
        return account is not null && _hasher.VerifyHashedPassword(username, account.PasswordHash, password) != PasswordVerificationResult.Failed
            ? account
            : null;
    }

    public Task CreateDriverLoginAsync(string driverId, string password) =>
        grains.GetGrainByKey<IAccountGrain>(driverId).SetAsync(new Account(driverId, _hasher.HashPassword(driverId, password), Roles.Driver, driverId));
}
