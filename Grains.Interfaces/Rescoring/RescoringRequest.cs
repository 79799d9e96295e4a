namespace Telematics.Rescoring;

/// <summary>
/// What to rescore: every driver in the read model (<see cref="DriverIds"/> null) or the listed ones, with the named
/// model version (null: the current one), <see cref="BatchSize"/> drivers at a time across the cluster.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoringRequest")]
public sealed record RescoringRequest(IReadOnlyList<string>? DriverIds, string? ModelVersion, int BatchSize = 500);
