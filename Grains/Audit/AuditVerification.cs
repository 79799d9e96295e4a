namespace Telematics.Audit;

/// <summary>
/// The result of walking the audit chain: how many entries were read, the hash of the last one (an operator who keeps
/// it elsewhere can tell later that nothing after it was cut off), and the first entry that does not match, if any.
/// </summary>
public sealed record AuditVerification(bool Intact, long Entries, string HeadHash, long? FirstMismatch, string? Problem);
