using Telematics.Telemetry;

namespace Telematics.Simulator.Driving;

/// <summary>A generated trip with what the generator knows it put in: its harsh manoeuvres.</summary>
public sealed record SimulatedTrip(IReadOnlyList<TelematicsEvent> Events, int HarshAccelerations, int HarshBrakings, int HarshTurns);
