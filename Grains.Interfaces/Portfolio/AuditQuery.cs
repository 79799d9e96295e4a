namespace Telematics.Portfolio;

/// <summary>
/// A page of the audit trail, newest first: entries matching every filter given, in [<see cref="From"/>, <see cref="To"/>),
/// with a sequence below <see cref="Before"/> (the previous page's <see cref="AuditPage.NextBefore"/>).
/// </summary>
public sealed record AuditQuery(
    string? Actor = null,
    string? Action = null,
    string? ResourceType = null,
    string? ResourceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? Before = null,
    int Limit = 50)
{
    public bool Matches(AuditEntry entry) =>
        (Actor is null || entry.Record.Actor == Actor)
        && (Action is null || entry.Record.Action == Action)
        && (ResourceType is null || entry.Record.ResourceType == ResourceType)
        && (ResourceId is null || entry.Record.ResourceId == ResourceId)
        && (From is null || entry.Record.At >= From)
        && (To is null || entry.Record.At < To)
        && (Before is null || entry.Sequence < Before);
}
