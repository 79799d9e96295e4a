using Microsoft.Extensions.Options;
using Telematics.Accounts;
using Telematics.Silo.Hosting;

namespace Telematics.Api.Auth;

/// <summary>Fails start-up on a weak key, an unknown role, or the local-dev key outside Embedded mode.</summary>
public sealed class AuthOptionsValidator(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    private static readonly string[] KnownRoles = [Roles.Admin, Roles.Driver, Roles.Device];

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (System.Text.Encoding.UTF8.GetByteCount(options.SigningKey) < 32)
        {
            failures.Add("Auth:SigningKey must be at least 32 bytes.");
        }

        if (TelematicsOptions.ReadMode(configuration) != TelematicsMode.Embedded)
        {
            if (options.SigningKey == AuthOptions.LocalDevSigningKey)
            {
                failures.Add("Auth:SigningKey is the local-dev default; set Auth__SigningKey for any mode but Embedded.");
            }

            failures.AddRange(options.Users
                .Select((u, i) => (u, i))
                .Where(x => AuthOptions.LocalDevPasswords.Contains(x.u.Password))
                .Select(x => $"Auth:Users:{x.i}:Password ('{x.u.Username}') is a local-dev default; set Auth__Users__{x.i}__Password for any mode but Embedded."));
        }

        failures.AddRange(options.Users
            .Where(u => !KnownRoles.Contains(u.Role))
            .Select(u => $"Auth:Users '{u.Username}' has role '{u.Role}'; expected one of {string.Join(", ", KnownRoles)}."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
