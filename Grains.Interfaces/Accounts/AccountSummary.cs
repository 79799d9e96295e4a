namespace Telematics.Accounts;

/// <summary>An account as the directory lists it: everything but its password hash and security stamp.</summary>
public sealed record AccountSummary(string Username, string Role, bool Disabled, string? DriverId, DateTimeOffset? CreatedAt = null, DateTimeOffset? ChangedAt = null)
{
    public static AccountSummary Of(Account account) => new(account.Username, account.Role, account.Disabled, account.DriverId, account.CreatedAt, account.ChangedAt);
}
