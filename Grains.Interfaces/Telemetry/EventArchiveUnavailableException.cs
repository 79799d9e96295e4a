namespace Telematics.Telemetry;

/// <summary>
/// The archive could not store a batch, so nothing of it was acknowledged: the sender should resend it.
/// A domain exception rather than the database driver's, because it crosses silos and the driver's does not serialize.
/// </summary>
[GenerateSerializer, Alias("telematics.EventArchiveUnavailableException")]
public sealed class EventArchiveUnavailableException(string reason)
    : Exception($"The event archive is unavailable ({reason}); nothing of the batch was stored.");
