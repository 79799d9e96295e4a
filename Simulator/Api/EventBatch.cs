using Telematics.Telemetry;

namespace Telematics.Simulator.Api;

/// <summary>The body of <c>POST /api/v1/telemetry/events</c>; a batch file holds one per line.</summary>
public sealed record EventBatch(string VehicleId, IReadOnlyList<TelematicsEvent> Events);
