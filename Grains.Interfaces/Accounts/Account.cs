namespace Telematics.Accounts;

/// <summary>A login: the hash of its password (never the password) and what it may do.</summary>
[GenerateSerializer, Immutable, Alias("telematics.Account")]
public sealed record Account(string Username, string PasswordHash, string Role, string? DriverId);
