using Telematics.Audit;

namespace Telematics.IntegrationTests.Audit;

public sealed class InMemoryAuditLogTests : AuditLogContract
{
    protected override Task<IAuditLog> AuditLogAsync() => Task.FromResult<IAuditLog>(new InMemoryAuditLog());
}
