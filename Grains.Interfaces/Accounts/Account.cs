namespace Telematics.Accounts;

/// <summary>
/// A login: the hash of its password (never the password), what it may do, whether it is disabled, and its security
/// stamp, which every token carries and which changes with the password, the role or the status: a token whose stamp
/// is not the account's current one is refused. Accounts stored before stamps existed have none until their next change.
/// <paramref name="CreatedAt"/> and <paramref name="ChangedAt"/> (UTC) are set by the account's grain; accounts stored
/// before they existed have neither until their next change, which sets the changed time only.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.Account")]
public sealed record Account(
    string Username, string PasswordHash, string Role, string? DriverId, bool Disabled = false, string? SecurityStamp = null,
    DateTimeOffset? CreatedAt = null, DateTimeOffset? ChangedAt = null);
