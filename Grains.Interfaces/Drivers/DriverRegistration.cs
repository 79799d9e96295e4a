namespace Telematics.Drivers;

/// <param name="TimeZoneId">
/// The IANA zone whose local time decides the driver's night, rush-hour and weekday driving; null for the configured
/// <c>Telematics:Trips:Features:TimeZoneId</c>.
/// </param>
/// <param name="Email">The driver's contact address, if they gave one.</param>
/// <param name="Phone">The driver's contact number, if they gave one.</param>
[GenerateSerializer, Immutable, Alias("telematics.DriverRegistration")]
public sealed record DriverRegistration(string Name, RatingVariables Rating, DateTimeOffset PolicyStart, string? TimeZoneId = null, string? Email = null, string? Phone = null);
