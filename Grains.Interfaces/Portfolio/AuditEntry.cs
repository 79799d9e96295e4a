namespace Telematics.Portfolio;

/// <summary>
/// One entry of the audit trail: its place in the chain, what was recorded, the hash of the entry before it, and its
/// own hash, SHA-256 over all three (<c>AuditChain</c>).
/// </summary>
public sealed record AuditEntry(long Sequence, AuditRecord Record, string PreviousHash, string Hash);
