using Telematics.Drivers;

namespace Telematics.Api.Admin;

/// <summary>
/// A new driver with the policy's rating variables; the password, if given, opens a driver login. The time zone (IANA id)
/// is where the driver drives; without it the configured one is used.
/// </summary>
public sealed record RegisterDriverRequest(
    string? DriverId, string? Name, RatingVariables? Rating, DateTimeOffset? PolicyStart, string? Password, string? TimeZoneId = null);

public sealed record RegisterVehicleRequest(string? VehicleId, string? DriverId);
