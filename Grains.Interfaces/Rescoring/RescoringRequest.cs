namespace Telematics.Rescoring;

/// <summary>
/// What to rescore: the drivers of the read model that match <see cref="Filter"/> (null: all) or, when given, the listed
/// <see cref="DriverIds"/>, with the named model version (null: the current one), <see cref="BatchSize"/> drivers at a
/// time across the cluster.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoringRequest")]
public sealed record RescoringRequest(IReadOnlyList<string>? DriverIds, string? ModelVersion, int BatchSize = 500, Portfolio.DriverFilter? Filter = null);
