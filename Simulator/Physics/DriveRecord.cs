using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Physics;

/// <summary>A simulated drive: its exact samples, the harsh events it contained, and the distance driven.</summary>
public sealed record DriveRecord(IReadOnlyList<TrueSample> Samples, HarshEventCounts Harsh, double DistanceM);
