namespace Telematics.Portfolio;

/// <summary>
/// What one request leaves in the audit trail: when, who (account and role) from which address, the request's id, the
/// operation on which resource, a summary of the resource before and after a change, and the status the client received.
/// </summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    string Actor,
    string Role,
    string ClientAddress,
    string RequestId,
    string Action,
    string ResourceType,
    string ResourceId,
    string? Before,
    string? After,
    int Outcome);
