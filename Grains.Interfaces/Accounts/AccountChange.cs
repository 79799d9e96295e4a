namespace Telematics.Accounts;

/// <summary>A change to an account; what is null stays as it is. Every change gives the account a new security stamp and changed time.</summary>
[GenerateSerializer, Immutable, Alias("telematics.AccountChange")]
public sealed record AccountChange(string? PasswordHash = null, string? Role = null, bool? Disabled = null)
{
    public Account ApplyTo(Account account, string securityStamp, DateTimeOffset changedAt) => account with
    {
        PasswordHash = PasswordHash ?? account.PasswordHash,
        Role = Role ?? account.Role,
        Disabled = Disabled ?? account.Disabled,
        SecurityStamp = securityStamp,
        ChangedAt = changedAt,
    };
}
