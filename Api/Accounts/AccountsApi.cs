using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Accounts;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Hosting;

namespace Telematics.Api.Accounts;

/// <summary>
/// Stored accounts: an admin creates, disables, re-enables them, resets their password and changes their role; a
/// signed-in user changes their own password. Each change gives the account a new security stamp, which refuses its
/// older tokens (<see cref="CachingJwtBearerEvents"/>).
/// </summary>
public static class AccountsApi
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/v1/admin/users").WithTags("Accounts").WithValidRouteIds().RequireAuthorization(Policies.Admin).Audited("user");
        admin.MapPost("", CreateAsync).WithName("CreateUser").WithSummary("Create an account with its role and first password");
        admin.MapGet("", ListAsync).WithName("ListUsers").WithSummary("Accounts by username, keyset-paged, of one role and with a username prefix if given");
        admin.MapGet("/{id}", GetAsync).WithName("GetUser").WithSummary("An account's role and status");
        admin.MapPost("/{id}/disable", (string id, AccountAdministration administration, HttpContext http) => SetDisabledAsync(id, true, administration, http))
            .WithName("DisableUser").WithSummary("Disable an account: its sign-ins are refused and its tokens at once");
        admin.MapPost("/{id}/enable", (string id, AccountAdministration administration, HttpContext http) => SetDisabledAsync(id, false, administration, http))
            .WithName("EnableUser").WithSummary("Re-enable a disabled account");
        admin.MapPut("/{id}/password", ResetPasswordAsync).WithName("ResetUserPassword").WithSummary("Set a new password; the account's tokens are refused from now on");
        admin.MapPut("/{id}/role", SetRoleAsync).WithName("SetUserRole").WithSummary("Change an account's role; its tokens are refused from now on");

        routes.MapPut("/api/v1/auth/password", ChangeOwnPasswordAsync).WithTags("Auth").RequireAuthorization().Audited("user")
            .WithName("ChangeOwnPassword").WithSummary("Change the signed-in user's own password; their other tokens are refused from now on");
        return routes;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, AccountAdministration administration, HttpContext http)
    {
        var outcome = Recorded(await administration.CreateAsync(request), http);
        return outcome switch
        {
            { User: { } created } => TypedResults.Created($"/api/v1/admin/users/{created.Username}", created),
            { Status: StatusCodes.Status409Conflict } => TypedResults.Problem($"The username '{request.Username}' is taken.", statusCode: StatusCodes.Status409Conflict, title: "Username taken"),
            _ => TypedResults.ValidationProblem(outcome.Errors),
        };
    }

    private static async Task<Results<Ok<UserPage>, ValidationProblem>> ListAsync(
        IAccountDirectory directory, CancellationToken cancellationToken, string? after, string? role, string? startsWith, int? limit)
    {
        var errors = role is null ? [] : UserValidator.Role(role);
        UserValidator.UsernamePrefix(errors, startsWith);
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be between 1 and {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await directory.ListAsync(new AccountQuery(after, role, startsWith, limit ?? 50), cancellationToken);
        return TypedResults.Ok(new UserPage([.. page.Items.Select(UserResponse.Of)], page.Next));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrainByKey<IAccountGrain>(id).GetAsync() is { } account ? TypedResults.Ok(UserResponse.Of(account)) : TypedResults.NotFound();

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> ResetPasswordAsync(
        string id, SetPasswordRequest request, AccountAdministration administration, HttpContext http) =>
        Changed(Recorded(await administration.ResetPasswordAsync(id, request), http));

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> SetRoleAsync(
        string id, SetRoleRequest request, AccountAdministration administration, HttpContext http) =>
        Changed(Recorded(await administration.SetRoleAsync(id, request), http));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeOwnPasswordAsync(
        ChangeOwnPasswordRequest request, ClaimsPrincipal user, OwnPasswordChange passwords)
    {
        var outcome = await passwords.ChangeAsync(user.FindFirstValue("sub")!, request.CurrentPassword, request.NewPassword);
        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return outcome.WrongCurrentPassword
            ? TypedResults.Problem("The current password is wrong.", statusCode: StatusCodes.Status403Forbidden, title: "Password not changed")
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> SetDisabledAsync(
        string id, bool disabled, AccountAdministration administration, HttpContext http) =>
        Changed(Recorded(await administration.SetDisabledAsync(id, disabled), http));

    private static Results<Ok<UserResponse>, ValidationProblem, NotFound> Changed(AccountAdministration.Outcome outcome) => outcome switch
    {
        { User: { } user } => TypedResults.Ok(user),
        { Status: StatusCodes.Status404NotFound } => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(outcome.Errors),
    };

    /// <summary>A change's summaries go to its audit entry; a refused one keeps what <see cref="AuditFilter"/> read from its body.</summary>
    private static AccountAdministration.Outcome Recorded(AccountAdministration.Outcome outcome, HttpContext http)
    {
        if (outcome.User is not null)
        {
            var details = http.AuditDetails();
            details.Before = outcome.Before;
            details.After = outcome.After;
        }

        return outcome;
    }
}
