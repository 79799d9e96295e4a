using Microsoft.Extensions.Options;

namespace Telematics.Api.Auth;

public sealed class LoginOptionsValidator : IValidateOptions<LoginOptions>
{
    public ValidateOptionsResult Validate(string? name, LoginOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodyBytes is < 256 or > 65_536)
        {
            failures.Add($"{LoginOptions.Section}:MaxBodyBytes must be 256–65,536 bytes; it is {options.MaxBodyBytes}.");
        }

        if (options.MaxPasswordLength is < 12 or > 1_024)
        {
            failures.Add($"{LoginOptions.Section}:MaxPasswordLength must be 12–1,024; it is {options.MaxPasswordLength}.");
        }

        if (options.AttemptsPerAddressPerMinute < 1)
        {
            failures.Add($"{LoginOptions.Section}:AttemptsPerAddressPerMinute must be at least 1; it is {options.AttemptsPerAddressPerMinute}.");
        }

        if (options.FailuresBeforeLockout < 1)
        {
            failures.Add($"{LoginOptions.Section}:FailuresBeforeLockout must be at least 1; it is {options.FailuresBeforeLockout}.");
        }

        if (options.Lockout <= TimeSpan.Zero || options.MaxLockout < options.Lockout)
        {
            failures.Add($"{LoginOptions.Section}:Lockout must be positive and MaxLockout at least as long; they are {options.Lockout} and {options.MaxLockout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
