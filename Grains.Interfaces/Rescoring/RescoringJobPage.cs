namespace Telematics.Rescoring;

/// <summary>Rescoring jobs, newest first; <see cref="NextBefore"/> asks for the next page, null when there is none.</summary>
public sealed record RescoringJobPage(IReadOnlyList<RescoringProgress> Items, string? NextBefore);
