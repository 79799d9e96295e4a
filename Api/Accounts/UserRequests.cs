namespace Telematics.Api.Accounts;

/// <summary>A new account: username, its first password, its role, and for a driver login the driver it reads.</summary>
public sealed record CreateUserRequest(string? Username, string? Password, string? Role, string? DriverId);

public sealed record SetPasswordRequest(string? Password);

public sealed record SetRoleRequest(string? Role);

/// <summary>A signed-in user's own change: the current password proves it is them, not whoever holds their token.</summary>
public sealed record ChangeOwnPasswordRequest(string? CurrentPassword, string? NewPassword);
