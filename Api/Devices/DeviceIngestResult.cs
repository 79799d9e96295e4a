namespace Telematics.Api.Devices;

/// <summary>What became of one packet's records: newly stored, already stored (resends), dropped as invalid.</summary>
public sealed record DeviceIngestResult(int Accepted, int Duplicates, int Dropped);
