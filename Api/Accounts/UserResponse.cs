using Telematics.Accounts;

namespace Telematics.Api.Accounts;

/// <summary>
/// An account as the admin API shows it: never its password hash or security stamp. <see cref="CreatedAt"/> and
/// <see cref="ChangedAt"/> (UTC) are null for accounts stored before they were kept (the changed time until their next change).
/// </summary>
public sealed record UserResponse(string Username, string Role, string Status, string? DriverId, DateTimeOffset? CreatedAt = null, DateTimeOffset? ChangedAt = null)
{
    public static UserResponse Of(Account account) => Of(AccountSummary.Of(account));

    public static UserResponse Of(AccountSummary account) =>
        new(account.Username, account.Role, account.Disabled ? "disabled" : "active", account.DriverId, account.CreatedAt, account.ChangedAt);
}
