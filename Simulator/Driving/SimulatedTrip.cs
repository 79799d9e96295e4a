using Telematics.Telemetry;

namespace Telematics.Simulator.Driving;

/// <summary>A generated trip with what the generator knows it put in: the harsh events it drove and the distance.</summary>
public sealed record SimulatedTrip(IReadOnlyList<TelematicsEvent> Events, HarshEventCounts Harsh, double DistanceM);
