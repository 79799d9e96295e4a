using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Telematics.Accounts;

namespace Telematics.Api.Auth;

/// <summary>
/// Checks logins against the configured operator accounts, then the stored (hashed) accounts. Every refusal costs
/// one password hash, whether the username is an operator, a stored account, a disabled one or nobody, so the time of
/// an answer does not tell a guesser which usernames exist or which are disabled.
/// </summary>
public sealed class AccountService
{
    private readonly PasswordHasher<string> _hasher = new();
    private readonly IGrainFactory _grains;

    /// <summary>Operator passwords hashed once at start, so that they are checked like stored ones.</summary>
    private readonly Dictionary<string, (ConfiguredUser User, string Hash)> _operators;

    /// <summary>What an unknown username's password is checked against: the same work as a real account's.</summary>
    private readonly string _dummyHash;

    public AccountService(IGrainFactory grains, IOptions<AuthOptions> options)
    {
        _grains = grains;
        _operators = options.Value.Users.ToDictionary(u => u.Username, u => (u, _hasher.HashPassword(u.Username, u.Password)));
        _dummyHash = _hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    /// <summary>
    /// The stamp of a configured operator's tokens: configuration changes only with a restart, which every node
    /// reads alike, so there is nothing to look up.
    /// </summary>
    public const string ConfiguredStamp = "configured";

    public bool IsConfigured(string username) => _operators.ContainsKey(username);

    /// <summary>The enabled account whose password this is, or null. The username must already follow the id grammar.</summary>
    public async Task<Account?> VerifyAsync(string username, string password)
    {
        if (_operators.TryGetValue(username, out var configured))
        {
            return Verifies(configured.Hash, password) ? new Account(username, "", configured.User.Role, null, SecurityStamp: ConfiguredStamp) : null;
        }

        var account = await _grains.GetGrainByKey<IAccountGrain>(username).GetAsync();
        return Verifies(account?.PasswordHash ?? _dummyHash, password) && account is { Disabled: false } ? await StampedAsync(account) : null;
    }

    /// <summary>Whether a signed-in principal's token still stands: it carries its account's current stamp.</summary>
    public Task<bool> IsCurrentAsync(ClaimsPrincipal principal) =>
        principal.FindFirst("sub")?.Value is { } username && principal.FindFirst(TokenService.StampClaim)?.Value is { Length: > 0 } stamp
            ? IsCurrentAsync(username, stamp)
            : Task.FromResult(false);

    /// <summary>Whether a token's stamp is its account's current one; a stored account's is asked of its grain.</summary>
    private async Task<bool> IsCurrentAsync(string username, string stamp) =>
        stamp == ConfiguredStamp ? IsConfigured(username)
        : await _grains.GetGrainByKey<IAccountGrain>(username).GetAsync() is { Disabled: false, SecurityStamp: { } current } && current == stamp;

    public string Hash(string username, string password) => _hasher.HashPassword(username, password);

    public Task CreateDriverLoginAsync(string driverId, string password) =>
        _grains.GetGrainByKey<IAccountGrain>(driverId).SetAsync(new Account(driverId, Hash(driverId, password), Roles.Driver, driverId));

    /// <summary>An account stored before stamps existed gets its first one at its first sign-in.</summary>
    private async Task<Account> StampedAsync(Account account) =>
        account.SecurityStamp is not null ? account : (await _grains.GetGrainByKey<IAccountGrain>(account.Username).ChangeAsync(new AccountChange()))!;

    private bool Verifies(string hash, string password) =>
        _hasher.VerifyHashedPassword("", hash, password) != PasswordVerificationResult.Failed;
}
