using Telematics.Accounts;
using Telematics.Api.Auth;

namespace Telematics.Api.Accounts;

/// <summary>
/// A signed-in user's change of their own password, for the API (<c>PUT /api/v1/auth/password</c>) and the web app's
/// password page alike: the new password's rules, then the current password, then a new hash and so a new security
/// stamp, which refuses the account's other tokens and sessions.
/// </summary>
public sealed class OwnPasswordChange(AccountService accounts, IGrainFactory grains)
{
    /// <summary>The account as changed, or why not: <paramref name="Errors"/> for a field, or a wrong current password.</summary>
    public sealed record Outcome(Account? Changed, IReadOnlyDictionary<string, string[]> Errors, bool WrongCurrentPassword);

    public async Task<Outcome> ChangeAsync(string username, string? currentPassword, string? newPassword)
    {
        var errors = new Dictionary<string, string[]>();
        UserValidator.Password(errors, "newPassword", newPassword);
        if (accounts.IsConfigured(username))
        {
            errors["$"] = ["a configured operator's password is set in the configuration, not here."];
        }

        if (errors.Count > 0)
        {
            return new Outcome(null, errors, false);
        }

        if (await accounts.VerifyAsync(username, currentPassword ?? "") is null)
        {
            return new Outcome(null, errors, true);
        }

        var changed = await grains.GetGrainByKey<IAccountGrain>(username).ChangeAsync(new AccountChange(PasswordHash: accounts.Hash(username, newPassword!)));
        return new Outcome(changed, errors, false);
    }
}
