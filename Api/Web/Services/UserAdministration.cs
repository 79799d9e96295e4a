using System.Security.Claims;
using Telematics.Accounts;
using Telematics.Api.Accounts;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The Users page's reads and changes: the account directory the API lists, the changes through the API's own
/// <see cref="AccountAdministration"/>, each recorded as the API's audit records it (its endpoint's name, resource
/// <c>user</c>, the account's summary before and after, the status the API would have answered).
/// </summary>
public sealed class UserAdministration(IAccountDirectory directory, AccountAdministration accounts, PageAudit audit)
{
    public const int PageSize = 25;
    public const string ResourceType = "user";

    /// <summary>A page of accounts by username, of one role and starting with <paramref name="startsWith"/> if given.</summary>
    public async Task<UserPage> ListAsync(string? after, string? role, string? startsWith, CancellationToken cancellationToken = default)
    {
        var page = await directory.ListAsync(new AccountQuery(after, role, startsWith, PageSize), cancellationToken);
        return new UserPage([.. page.Items.Select(UserResponse.Of)], page.Next);
    }

    /// <summary>Why a username search can match no account, as the API refuses it; null for one that can.</summary>
    public static string? SearchProblem(string? startsWith)
    {
        var errors = new Dictionary<string, string[]>();
        UserValidator.UsernamePrefix(errors, startsWith);
        return errors.Count == 0 ? null : string.Join(" ", errors.Values.SelectMany(e => e));
    }

    public async Task<AccountAdministration.Outcome> CreateAsync(ClaimsPrincipal admin, CreateUserRequest request) =>
        await RecordedAsync(admin, "CreateUser", request.Username ?? "", await accounts.CreateAsync(request));

    public async Task<AccountAdministration.Outcome> SetDisabledAsync(ClaimsPrincipal admin, string username, bool disabled) =>
        await RecordedAsync(admin, disabled ? "DisableUser" : "EnableUser", username, await accounts.SetDisabledAsync(username, disabled));

    public async Task<AccountAdministration.Outcome> ResetPasswordAsync(ClaimsPrincipal admin, string username, string? password) =>
        await RecordedAsync(admin, "ResetUserPassword", username, await accounts.ResetPasswordAsync(username, new SetPasswordRequest(password)));

    public async Task<AccountAdministration.Outcome> SetRoleAsync(ClaimsPrincipal admin, string username, string? role) =>
        await RecordedAsync(admin, "SetUserRole", username, await accounts.SetRoleAsync(username, new SetRoleRequest(role)));

    /// <summary>The errors of an outcome as the page shows them, one line a field; empty when it succeeded.</summary>
    public static IReadOnlyList<string> Problems(AccountAdministration.Outcome outcome, string? username) => outcome.Status switch
    {
        StatusCodes.Status409Conflict => [$"The username '{username}' is taken."],
        StatusCodes.Status404NotFound => [$"There is no account '{username}' any more: reload the list."],
        _ => [.. outcome.Errors.Select(e => $"{FieldName(e.Key)} {string.Join(" ", e.Value)}")],
    };

    private static string FieldName(string field) => field switch
    {
        "username" => "Username:",
        "password" => "Password:",
        "role" => "Role:",
        "driverId" => "Driver id:",
        _ => "",
    };

    private async Task<AccountAdministration.Outcome> RecordedAsync(ClaimsPrincipal admin, string action, string username, AccountAdministration.Outcome outcome)
    {
        await audit.RecordAsync(admin, action, ResourceType, username, outcome.Before, outcome.After, outcome.Status);
        return outcome;
    }
}
