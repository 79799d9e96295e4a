namespace Telematics.Rescoring;

[GenerateSerializer, Immutable, Alias("telematics.RescoringFailure")]
public sealed record RescoringFailure(string DriverId, string Reason);
