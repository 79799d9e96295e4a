using Telematics.Drivers;

namespace Telematics.Api.Admin;

/// <summary>A new driver with the policy's rating variables; the password, if given, opens a driver login.</summary>
public sealed record RegisterDriverRequest(string? DriverId, string? Name, RatingVariables? Rating, DateTimeOffset? PolicyStart, string? Password);

public sealed record RegisterVehicleRequest(string? VehicleId, string? DriverId);
