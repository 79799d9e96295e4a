using Telematics.Drivers;

namespace Telematics.Api.Drivers;

public sealed record DriverResponse(
    string DriverId,
    string Name,
    RatingVariables Rating,
    DateTimeOffset PolicyStart,
    int TripCount,
    double TotalMiles,
    DriverFeatures? Features,
    string? TimeZoneId,
    string? Email,
    string? Phone);

public static class DriverMappings
{
    public static DriverResponse ToResponse(this DriverProfile p) =>
        new(p.DriverId, p.Name, p.Rating, p.PolicyStart, p.TripCount, p.TotalMiles, p.Features, p.TimeZoneId, p.Email, p.Phone);
}
