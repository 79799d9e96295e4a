namespace Telematics.Rescoring;

/// <summary>
/// One page of a rescoring job, published on the job's stream (<see cref="Streams.StreamNamespaces.DriversRescored"/>,
/// keyed by job id): every driver's score and premium before and after, for systems downstream such as billing.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DriversRescored")]
public sealed record DriversRescored(string JobId, IReadOnlyList<RescoredDriver> Drivers);
