namespace Telematics.Api.Devices;

/// <summary>
/// What the directory answered: the vehicle of a registered device; or neither a vehicle nor a wait for any other
/// device; or, when the asking address has named too many unknown ids, how long it must wait.
/// </summary>
public readonly record struct DeviceLookup(string? VehicleId, TimeSpan? RetryAfter);
