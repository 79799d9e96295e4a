namespace Telematics.Telemetry;

/// <summary>A trip's events after <see cref="TelemetryCleaner"/>: ordered, unique in time, positions vetted.</summary>
/// <param name="Samples">At least one sample when the input had an event.</param>
/// <param name="DuplicateCount">Events dropped because an earlier one had the same timestamp.</param>
/// <param name="RejectedPositionCount">Samples whose position was rejected (invalid, inaccurate or a jump).</param>
/// <param name="RejectedSpeedCount">Speed readings replaced as spikes (<see cref="SpeedSpikeFilter"/>).</param>
public sealed record CleanedTelemetry(TelemetrySample[] Samples, int DuplicateCount, int RejectedPositionCount, int RejectedSpeedCount);
