namespace Telematics.Storage;

/// <summary>
/// The database refused or lost a write (grain state, a trip's completion), so what the call did was not kept: the
/// sender should resend. A domain exception rather than the database driver's, because it crosses silos and the
/// driver's does not serialize.
/// </summary>
[GenerateSerializer, Alias("telematics.StorageUnavailableException")]
public sealed class StorageUnavailableException(string what, string reason)
    : Exception($"The database did not store {what} ({reason}); resend.");
