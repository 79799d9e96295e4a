using Telematics.Accounts;
using Telematics.Api.Auth;
using Telematics.Ids;

namespace Telematics.Api.Accounts;

/// <summary>The checks of the accounts API, field by field, as RFC 7807 validation errors.</summary>
public static class UserValidator
{
    public static Dictionary<string, string[]> Validate(CreateUserRequest request)
    {
        var errors = Role(request.Role);
        if (!EntityId.IsValid(request.Username))
        {
            errors["username"] = [EntityId.Rule];
        }

        Password(errors, "password", request.Password);
        if (request.Role == Roles.Driver && !EntityId.IsValid(request.DriverId))
        {
            errors["driverId"] = [$"a driver login names the driver it reads: {EntityId.Rule}"];
        }
        else if (request.Role != Roles.Driver && request.DriverId is not null)
        {
            errors["driverId"] = ["only a driver login names a driver."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Role(string? role) =>
        role is not null && Roles.All.Contains(role) ? [] : new() { ["role"] = [$"must be one of {string.Join(", ", Roles.All)}."] };

    /// <summary>A username search: the start of a username, so itself one by the id grammar (case counts, as in usernames).</summary>
    public static void UsernamePrefix(Dictionary<string, string[]> errors, string? prefix)
    {
        if (prefix is not null && !EntityId.IsValid(prefix))
        {
            errors["startsWith"] = [$"the start of a username, which {EntityId.Rule}"];
        }
    }

    public static void Password(Dictionary<string, string[]> errors, string field, string? password)
    {
        if (password is null || password.Length < AuthOptions.MinPasswordLength)
        {
            errors[field] = [$"must be at least {AuthOptions.MinPasswordLength} characters."];
        }
    }
}
