namespace Telematics.Portfolio;

/// <summary>One change an operator made: who, what (the API operation), on what (its path), and the answer's status.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Target, int Status);
