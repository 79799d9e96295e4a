using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;
using Telematics.Ids;

namespace Telematics.Api.Auth;

/// <summary>
/// Reads a login body of at most <see cref="LoginOptions.MaxBodyBytes"/> and checks its fields before anything is
/// looked up: an oversized body is 413 without being read on, a username outside the id grammar or a missing password
/// is 400 naming the field, so nothing is created or activated for input no account could match.
/// </summary>
public sealed class LoginRequestReader(IOptions<LoginOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public async Task<(AuthApi.LoginRequest? Request, IResult? Refusal)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        if (http.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        // One byte more than the limit tells a body without Content-Length (chunked) that is too long.
        var buffer = new byte[limit + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await http.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > limit)
        {
            return (null, TooLarge(limit));
        }

        AuthApi.LoginRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<AuthApi.LoginRequest>(buffer.AsSpan(0, length), json.Value.SerializerOptions);
        }
        catch (JsonException ex)
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonFieldPath.Of(ex)] = [ex.Message] }, title: "The body is not a login request."));
        }

        var errors = new Dictionary<string, string[]>();
        if (!EntityId.IsValid(request?.Username))
        {
            errors["username"] = [$"The username {EntityId.Rule}"];
        }

        if (string.IsNullOrEmpty(request?.Password) || request.Password.Length > options.Value.MaxPasswordLength)
        {
            errors["password"] = [$"The password is required and at most {options.Value.MaxPasswordLength} characters."];
        }

        return errors.Count > 0 ? (null, TypedResults.ValidationProblem(errors, title: "The login request is invalid.")) : (request, null);
    }

    private static ProblemHttpResult TooLarge(int limit) => TypedResults.Problem(
        $"A login body is at most {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Login body too large");
}
