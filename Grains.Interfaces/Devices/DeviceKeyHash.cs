namespace Telematics.Devices;

/// <summary>
/// What is stored of a device's key: its SHA-256, never the key, and an id of its own that the device's tokens carry,
/// so a rotated or revoked key refuses the tokens issued for it without the key being in any token.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DeviceKeyHash")]
public sealed record DeviceKeyHash(string Id, string Sha256);
