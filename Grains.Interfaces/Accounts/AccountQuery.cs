namespace Telematics.Accounts;

/// <summary>
/// A page of the account directory: usernames after <paramref name="After"/> (ordinal order), starting with
/// <paramref name="UsernamePrefix"/> (as typed: case counts) and of <paramref name="Role"/>, each if given.
/// </summary>
public sealed record AccountQuery(string? After = null, string? Role = null, string? UsernamePrefix = null, int Limit = 50)
{
    public bool Matches(AccountSummary account) =>
        (After is null || string.CompareOrdinal(account.Username, After) > 0)
        && (Role is null || account.Role == Role)
        && (UsernamePrefix is null || account.Username.StartsWith(UsernamePrefix, StringComparison.Ordinal));
}
