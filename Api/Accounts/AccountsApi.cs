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
        admin.MapGet("", ListAsync).WithName("ListUsers").WithSummary("Accounts by username, keyset-paged, of one role if given");
        admin.MapGet("/{id}", GetAsync).WithName("GetUser").WithSummary("An account's role and status");
        admin.MapPost("/{id}/disable", (string id, IGrainFactory grains, HttpContext http) => ChangeAsync(id, new AccountChange(Disabled: true), grains, http))
            .WithName("DisableUser").WithSummary("Disable an account: its sign-ins are refused and its tokens at once");
        admin.MapPost("/{id}/enable", (string id, IGrainFactory grains, HttpContext http) => ChangeAsync(id, new AccountChange(Disabled: false), grains, http))
            .WithName("EnableUser").WithSummary("Re-enable a disabled account");
        admin.MapPut("/{id}/password", ResetPasswordAsync).WithName("ResetUserPassword").WithSummary("Set a new password; the account's tokens are refused from now on");
        admin.MapPut("/{id}/role", SetRoleAsync).WithName("SetUserRole").WithSummary("Change an account's role; its tokens are refused from now on");

        routes.MapPut("/api/v1/auth/password", ChangeOwnPasswordAsync).WithTags("Auth").RequireAuthorization().Audited("user")
            .WithName("ChangeOwnPassword").WithSummary("Change the signed-in user's own password; their other tokens are refused from now on");
        return routes;
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, AccountService accounts, IGrainFactory grains, HttpContext http)
    {
        var errors = UserValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var username = request.Username!;
        var created = accounts.IsConfigured(username) ? null
            : await grains.GetGrainByKey<IAccountGrain>(username).CreateAsync(new Account(username, accounts.Hash(username, request.Password!), request.Role!, request.DriverId));
        if (created is null)
        {
            return TypedResults.Problem($"The username '{username}' is taken.", statusCode: StatusCodes.Status409Conflict, title: "Username taken");
        }

        http.AuditDetails().After = AuditSummary.Of(UserResponse.Of(created))?.Summary;
        return TypedResults.Created($"/api/v1/admin/users/{username}", UserResponse.Of(created));
    }

    private static async Task<Results<Ok<UserPage>, ValidationProblem>> ListAsync(
        IAccountDirectory directory, CancellationToken cancellationToken, string? after, string? role, int? limit)
    {
        var errors = role is null ? [] : UserValidator.Role(role);
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be between 1 and {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await directory.ListAsync(after, role, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new UserPage([.. page.Items.Select(UserResponse.Of)], page.Next));
    }

    private static async Task<Results<Ok<UserResponse>, NotFound>> GetAsync(string id, IGrainFactory grains) =>
        await grains.GetGrainByKey<IAccountGrain>(id).GetAsync() is { } account ? TypedResults.Ok(UserResponse.Of(account)) : TypedResults.NotFound();

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> ResetPasswordAsync(
        string id, SetPasswordRequest request, AccountService accounts, IGrainFactory grains, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        UserValidator.Password(errors, "password", request.Password);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ApplyAsync(id, new AccountChange(PasswordHash: accounts.Hash(id, request.Password!)), grains, http) is { } user
            ? TypedResults.Ok(user) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<UserResponse>, ValidationProblem, NotFound>> SetRoleAsync(
        string id, SetRoleRequest request, IGrainFactory grains, HttpContext http)
    {
        var errors = UserValidator.Role(request.Role);
        if (errors.Count == 0 && request.Role == Roles.Driver)
        {
            errors["role"] = ["a driver login is made by registering the driver (it names the driver it reads)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ApplyAsync(id, new AccountChange(Role: request.Role), grains, http) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();
    }

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

    private static async Task<Results<Ok<UserResponse>, NotFound>> ChangeAsync(string id, AccountChange change, IGrainFactory grains, HttpContext http) =>
        await ApplyAsync(id, change, grains, http) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound();

    /// <summary>Applies the change and records the account before and after it; null when there is no such account.</summary>
    private static async Task<UserResponse?> ApplyAsync(string id, AccountChange change, IGrainFactory grains, HttpContext http)
    {
        var account = grains.GetGrainByKey<IAccountGrain>(id);
        if (await account.GetAsync() is not { } before || await account.ChangeAsync(change) is not { } after)
        {
            return null;
        }

        var details = http.AuditDetails();
        details.Before = AuditSummary.Of(UserResponse.Of(before))?.Summary;
        details.After = AuditSummary.Of(UserResponse.Of(after))?.Summary;
        return UserResponse.Of(after);
    }
}
