using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>Embedded mode's audit trail: one chain in memory, like everything else there, gone when the process stops.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _lock = new();
    private readonly List<AuditEntry> _entries = [];

    public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = AuditChain.Link(record, _entries.Count + 1, _entries.Count == 0 ? AuditChain.Genesis : _entries[^1].Hash);
            _entries.Add(entry);
            return Task.FromResult(entry);
        }
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var items = Enumerable.Range(0, _entries.Count).Select(i => _entries[^(i + 1)]).Where(query.Matches).Take(query.Limit + 1).ToList();
            return Task.FromResult(AuditPages.Of(items, query.Limit));
        }
    }

    public IAsyncEnumerable<AuditEntry> ReadChainAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return _entries.ToList().ToAsyncEnumerable();
        }
    }
}
