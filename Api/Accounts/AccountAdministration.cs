using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Auth;

namespace Telematics.Api.Accounts;

/// <summary>
/// An admin's changes of accounts, for the API (<c>/api/v1/admin/users</c>) and the web app's Users page alike: the
/// same rules (<see cref="UserValidator"/>), the same grains, and the same before and after summaries for the audit.
/// </summary>
public sealed class AccountAdministration(AccountService accounts, IGrainFactory grains)
{
    /// <summary>
    /// What happened, as the HTTP status the API answers: the account as changed, or <paramref name="Errors"/> for a
    /// field; <paramref name="Before"/> and <paramref name="After"/> are what its audit entry records.
    /// </summary>
    public sealed record Outcome(int Status, UserResponse? User, IReadOnlyDictionary<string, string[]> Errors, string? Before, string? After);

    public async Task<Outcome> CreateAsync(CreateUserRequest request)
    {
        var requested = AuditSummary.Of(request)?.Summary;
        var errors = UserValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new Outcome(StatusCodes.Status400BadRequest, null, errors, null, requested);
        }

        var username = request.Username!;
        var created = accounts.IsConfigured(username) ? null
            : await grains.GetGrainByKey<IAccountGrain>(username).CreateAsync(new Account(username, accounts.Hash(username, request.Password!), request.Role!, request.DriverId));
        return created is null
            ? new Outcome(StatusCodes.Status409Conflict, null, errors, null, requested)
            : new Outcome(StatusCodes.Status201Created, UserResponse.Of(created), errors, null, Summary(UserResponse.Of(created)));
    }

    public Task<Outcome> SetDisabledAsync(string username, bool disabled) => ApplyAsync(username, new AccountChange(Disabled: disabled), null);

    public async Task<Outcome> ResetPasswordAsync(string username, SetPasswordRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        UserValidator.Password(errors, "password", request.Password);
        return errors.Count > 0
            ? new Outcome(StatusCodes.Status400BadRequest, null, errors, null, null)
            : await ApplyAsync(username, new AccountChange(PasswordHash: accounts.Hash(username, request.Password!)), null);
    }

    public async Task<Outcome> SetRoleAsync(string username, SetRoleRequest request)
    {
        var requested = AuditSummary.Of(request)?.Summary;
        var errors = UserValidator.Role(request.Role);
        if (errors.Count == 0 && request.Role == Roles.Driver)
        {
            errors["role"] = ["a driver login is made by registering the driver (it names the driver it reads)."];
        }

        return errors.Count > 0
            ? new Outcome(StatusCodes.Status400BadRequest, null, errors, null, requested)
            : await ApplyAsync(username, new AccountChange(Role: request.Role), requested);
    }

    /// <summary>Applies the change and summarises the account before and after it; 404 when there is no such account.</summary>
    private async Task<Outcome> ApplyAsync(string username, AccountChange change, string? requested)
    {
        var account = grains.GetGrainByKey<IAccountGrain>(username);
        if (await account.GetAsync() is not { } before || await account.ChangeAsync(change) is not { } after)
        {
            return new Outcome(StatusCodes.Status404NotFound, null, new Dictionary<string, string[]>(), null, requested);
        }

        return new Outcome(StatusCodes.Status200OK, UserResponse.Of(after), new Dictionary<string, string[]>(), Summary(UserResponse.Of(before)), Summary(UserResponse.Of(after)));
    }

    private static string? Summary(UserResponse user) => AuditSummary.Of(user)?.Summary;
}
