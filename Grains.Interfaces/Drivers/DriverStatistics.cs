namespace Telematics.Drivers;

/// <summary>A driver's driving over the feature window, in the units a driver reads.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverStatistics")]
public sealed record DriverStatistics(
    int Trips,
    double Miles,
    double Hours,
    double AverageTripMiles,
    double LongestTripMiles,
    double HarshBrakingsPer100Miles,
    double HarshAccelerationsPer100Miles,
    double HarshTurnsPer100Miles,
    double SpeedingShare,
    double NightShare,
    double PhoneUseMinutes,
    DateTimeOffset? LastTripEndedAt);
