namespace Telematics.Drivers;

[GenerateSerializer, Immutable, Alias("telematics.DriverRegistration")]
public sealed record DriverRegistration(string Name, RatingVariables Rating, DateTimeOffset PolicyStart);
