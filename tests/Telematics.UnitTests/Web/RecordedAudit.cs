using Microsoft.Extensions.Logging.Abstractions;
using Telematics.Api.Web.Services;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.UnitTests.Web;

/// <summary>A page's audit trail in memory, for tests that read back what a page recorded.</summary>
public sealed class RecordedAudit(TimeProvider time)
{
    private readonly InMemoryAuditLog _log = new();

    public PageAudit Page => new(_log, time, NullLogger<PageAudit>.Instance);

    public async Task<AuditRecord> LastAsync() => (await _log.QueryAsync(new AuditQuery(Limit: 1))).Items.Single().Record;
}
