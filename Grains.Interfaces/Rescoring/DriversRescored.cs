namespace Telematics.Rescoring;

/// <summary>
/// One page of a rescoring job, published on the job's stream (<see cref="Streams.StreamNamespaces.DriversRescored"/>,
/// keyed by job id): every score and premium the page changed, for systems downstream such as billing.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DriversRescored")]
public sealed record DriversRescored(string JobId, IReadOnlyList<RescoreOutcome> Outcomes);
