namespace Telematics.Drivers;

[GenerateSerializer, Immutable, Alias("telematics.DriverProfile")]
public sealed record DriverProfile(
    string DriverId,
    string Name,
    RatingVariables Rating,
    DateTimeOffset PolicyStart,
    int TripCount,
    double TotalMiles,
    DriverFeatures? Features,
    string? TimeZoneId = null,
    string? Email = null,
    string? Phone = null);
