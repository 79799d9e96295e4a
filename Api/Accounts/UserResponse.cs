using Telematics.Accounts;

namespace Telematics.Api.Accounts;

/// <summary>An account as the admin API shows it: never its password hash or security stamp.</summary>
public sealed record UserResponse(string Username, string Role, string Status, string? DriverId)
{
    public static UserResponse Of(Account account) => Of(AccountSummary.Of(account));

    public static UserResponse Of(AccountSummary account) =>
        new(account.Username, account.Role, account.Disabled ? "disabled" : "active", account.DriverId);
}
