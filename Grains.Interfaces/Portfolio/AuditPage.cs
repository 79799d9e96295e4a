namespace Telematics.Portfolio;

/// <summary>A page of audit entries, newest first; <see cref="NextBefore"/> asks for the next page, null when there is none.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long? NextBefore);
