using Telematics.Portfolio;

namespace Telematics.IntegrationTests.Portfolio;

public sealed class InMemoryDriverReadModelTests : DriverReadModelContract
{
    protected override Task<IDriverReadModel> ReadModelAsync() => Task.FromResult<IDriverReadModel>(new InMemoryDriverReadModel());
}
