namespace Telematics.Trips;

[GenerateSerializer, Alias("telematics.TripEndReason")]
public enum TripEndReason
{
    Explicit,
    IgnitionOff,
    IdleTimeout,
}
