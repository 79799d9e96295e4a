using Microsoft.Extensions.Options;
using Telematics.Accounts;
using Telematics.Api.Hosting;
using Telematics.Ids;
using Telematics.Silo.Hosting;

namespace Telematics.Api.Auth;

/// <summary>
/// Fails start-up on a weak key, an unknown role, a username outside the id grammar, a clock skew over 30 s; outside
/// Embedded mode on the local-dev key or short operator passwords; in Embedded mode on the local-dev key served beyond
/// loopback, where anyone who has read appsettings.json could sign an admin token. A configured device login is refused
/// outside Embedded mode rather than ignored: it may write for every vehicle, and a deployment that still sets one
/// expects devices to sign in with it, which they would find out only when the first of them was refused.
/// </summary>
public sealed class AuthOptionsValidator(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    private static readonly string[] KnownRoles = [Roles.Admin, Roles.Device];

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
                .Where(x => x.u.Role == Roles.Device)
                .Select(x => $"Auth:Users:{x.i} ('{x.u.Username}') is a shared device login, accepted in Embedded mode only; register each device for its own key (POST /api/v1/admin/devices) and remove this login."));
            failures.AddRange(options.Users
                .Select((u, i) => (u, i))
                .Where(x => AuthOptions.LocalDevPasswords.Contains(x.u.Password))
                .Select(x => $"Auth:Users:{x.i}:Password ('{x.u.Username}') is a local-dev default; set Auth__Users__{x.i}__Password for any mode but Embedded."));
            failures.AddRange(options.Users
                .Select((u, i) => (u, i))
                .Where(x => x.u.Password.Length < AuthOptions.MinPasswordLength && !AuthOptions.LocalDevPasswords.Contains(x.u.Password))
                .Select(x => $"Auth:Users:{x.i}:Password ('{x.u.Username}') is shorter than {AuthOptions.MinPasswordLength} characters."));
        }
        else if (options.SigningKey == AuthOptions.LocalDevSigningKey && !ListenAddresses.AreLoopbackOnly(ListenAddresses.Of(configuration)))
        {
            failures.Add($"Auth:SigningKey is the published local-dev key, so the Api may listen on loopback only, not on {string.Join(", ", ListenAddresses.Of(configuration))}; set Auth__SigningKey.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > AuthOptions.MaxClockSkew)
        {
            failures.Add($"Auth:ClockSkew must be 0–{AuthOptions.MaxClockSkew.TotalSeconds:0} s; it is {options.ClockSkew}.");
        }

        if (options.EmbeddedDevice is { } device && TelematicsOptions.ReadMode(configuration) == TelematicsMode.Embedded && !EntityId.IsValid(device.Username))
        {
            failures.Add($"Auth:EmbeddedDevice '{device.Username}': a username {EntityId.Rule}");
        }

        failures.AddRange(options.Users
            .Where(u => !EntityId.IsValid(u.Username))
            .Select(u => $"Auth:Users '{u.Username}': a username {EntityId.Rule}"));
        failures.AddRange(options.Users
            .Where(u => !KnownRoles.Contains(u.Role))
            .Select(u => $"Auth:Users '{u.Username}' has role '{u.Role}'; expected one of {string.Join(", ", KnownRoles)}."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
