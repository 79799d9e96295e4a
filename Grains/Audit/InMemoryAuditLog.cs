using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>Embedded mode's audit log: the most recent <see cref="Capacity"/> entries, in memory like everything else there.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    public const int Capacity = 10_000;
    private readonly Lock _lock = new();
    private readonly LinkedList<AuditEntry> _entries = [];

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _entries.AddFirst(entry);
            if (_entries.Count > Capacity)
            {
                _entries.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>(_entries.Skip((page - 1) * pageSize).Take(pageSize).ToList());
        }
    }
}
