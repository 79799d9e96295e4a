using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>The audit trail: append-only, one hash chain, read newest first by query and oldest first to verify.</summary>
public interface IAuditLog
{
    /// <summary>Chains the record to the last entry, one writer at a time, and stores it.</summary>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every entry in sequence order, read in bounded pages.</summary>
    IAsyncEnumerable<AuditEntry> ReadChainAsync(CancellationToken cancellationToken = default);
}
