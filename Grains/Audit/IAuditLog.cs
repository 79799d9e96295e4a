using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>The audit log of operators' changes: append-only, read newest first.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default);
}
