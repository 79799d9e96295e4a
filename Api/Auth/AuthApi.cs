using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Telematics.Api.Auth;

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).WithName("Login").WithSummary("Exchange a username and password for a JWT").AllowAnonymous();
        group.MapGet("/me", Me).WithName("Me").WithSummary("Who the bearer of this token is").RequireAuthorization();
        return group;
    }

    public sealed record LoginRequest(string Username, string Password);

    public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, string Role, string? DriverId);

    public sealed record MeResponse(string Username, string Role, string? DriverId);

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(LoginRequest request, AccountService accounts, TokenService tokens)
    {
        var account = await accounts.VerifyAsync(request.Username ?? "", request.Password ?? "");
        if (account is null)
        {
            return TypedResults.Problem("Unknown username or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Login failed");
        }

        var (token, expiresAt) = tokens.Issue(account);
        return TypedResults.Ok(new LoginResponse(token, expiresAt, account.Role, account.DriverId));
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? "",
        user.FindFirst(ClaimTypes.Role)?.Value ?? "",
        user.FindFirst(TokenService.DriverIdClaim)?.Value));
}
