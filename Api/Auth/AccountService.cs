using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Telematics.Accounts;
using Telematics.Silo.Hosting;

namespace Telematics.Api.Auth;

/// <summary>
/// Checks logins against Embedded mode's shared device logins, then the stored (hashed) accounts. Every refusal costs
/// one password hash, whether the username is an operator, a stored account, a disabled one or nobody, so the time of
/// an answer does not tell a guesser which usernames exist or which are disabled.
/// </summary>
public sealed class AccountService
{
    private readonly PasswordHasher<string> _hasher = new();
    private readonly IGrainFactory _grains;

    /// <summary>The shared device logins' passwords, hashed once at start so that they are checked like stored ones.</summary>
    private readonly Dictionary<string, (ConfiguredUser User, string Hash)> _operators = [];

    /// <summary>What an unknown username's password is checked against: the same work as a real account's.</summary>
    private readonly string _dummyHash;

    public AccountService(IGrainFactory grains, IOptions<AuthOptions> options, IConfiguration configuration)
    {
        _grains = grains;
        foreach (var login in SharedDeviceLogins(options.Value, configuration))
        {
            _operators.TryAdd(login.Username, (login, _hasher.HashPassword(login.Username, login.Password)));
        }

        _dummyHash = _hasher.HashPassword("", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    /// <summary>
    /// The stamp of a shared device login's tokens: configuration changes only with a restart, which every node
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

    /// <summary>
    /// Embedded mode's shared device logins, which write for any vehicle; none in any other mode, where each device signs
    /// in with its own key (<see cref="AuthOptionsValidator"/> refuses a configured one there). Configured admins are
    /// not among them: they seed the account directory (<see cref="Accounts.FirstAdminSeeding"/>) and sign in as stored accounts.
    /// </summary>
    private static IEnumerable<ConfiguredUser> SharedDeviceLogins(AuthOptions options, IConfiguration configuration) =>
        TelematicsOptions.ReadMode(configuration) != TelematicsMode.Embedded ? []
        : options.Users.Where(u => u.Role == Roles.Device)
            .Concat(options.EmbeddedDevice is { } device ? [new ConfiguredUser { Username = device.Username, Password = device.Password, Role = Roles.Device }] : []);

    public string Hash(string username, string password) => _hasher.HashPassword(username, password);

    public Task CreateDriverLoginAsync(string driverId, string password) =>
        _grains.GetGrainByKey<IAccountGrain>(driverId).SetAsync(new Account(driverId, Hash(driverId, password), Roles.Driver, driverId));

    /// <summary>An account stored before stamps existed gets its first one at its first sign-in.</summary>
    private async Task<Account> StampedAsync(Account account) =>
        account.SecurityStamp is not null ? account : (await _grains.GetGrainByKey<IAccountGrain>(account.Username).ChangeAsync(new AccountChange()))!;

    private bool Verifies(string hash, string password) =>
        _hasher.VerifyHashedPassword("", hash, password) != PasswordVerificationResult.Failed;
}
