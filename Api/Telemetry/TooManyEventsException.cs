namespace Telematics.Api.Telemetry;

/// <summary>A batch being read holds more events than <see cref="IngestionOptions.MaxBatchSize"/>; reading stops there.</summary>
public sealed class TooManyEventsException(int maxCount)
    : Exception($"holds more than {maxCount} events; the most a batch may hold is {maxCount}.");
