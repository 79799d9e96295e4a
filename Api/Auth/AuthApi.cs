using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Telematics.Api.Audit;

namespace Telematics.Api.Auth;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange a username and password for a JWT")
            .Accepts<LoginRequest>("application/json").Produces<LoginResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).RequireRateLimiting(LoginRateLimiting.Policy).AllowAnonymous().Audited("session");
        group.MapDeviceTokenApi();
        group.MapGet("/me", Me).WithName("Me").WithSummary("Who the bearer of this token is").RequireAuthorization();
        return group;
    }

    public sealed record LoginRequest(string Username, string Password);

    public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, string Role, string? DriverId);

    public sealed record MeResponse(string Username, string Role, string? DriverId);

    /// <summary>The body is read by <see cref="LoginRequestReader"/>, bounded, rather than bound whole before any check.</summary>
    private static async Task<IResult> LoginAsync(HttpContext http, LoginRequestReader reader, LoginThrottle throttle, AccountService accounts, TokenService tokens)
    {
        var (request, refusal) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (request is null)
        {
            return refusal!;
        }

        // The username tried is the sign-in's actor, signed in or not; bounded, as the audit's summaries are.
        http.AuditDetails().Actor = AuditSummary.Cut(request.Username);

        // Checked before the password, so that a locked username tells nothing about its password.
        if (throttle.LockedFor(request.Username) is { } locked)
        {
            return TooManyAttempts.Answer(http, locked, "Too many wrong passwords for this username.");
        }

        var account = await accounts.VerifyAsync(request.Username, request.Password);
        if (account is null)
        {
            throttle.Failed(request.Username);
            return TypedResults.Problem("Unknown username or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Login failed");
        }

        throttle.Succeeded(request.Username);
        var (token, expiresAt) = tokens.Issue(account);
        return TypedResults.Ok(new LoginResponse(token, expiresAt, account.Role, account.DriverId));
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? "",
        user.FindFirst(ClaimTypes.Role)?.Value ?? "",
        user.FindFirst(TokenService.DriverIdClaim)?.Value));
}
