namespace Telematics.Trips;

[GenerateSerializer, Alias("telematics.TripStatus")]
public enum TripStatus
{
    NotStarted,
    InProgress,
    Completed,
}
