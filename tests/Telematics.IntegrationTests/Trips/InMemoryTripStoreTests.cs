using Telematics.Trips;

namespace Telematics.IntegrationTests.Trips;

public sealed class InMemoryTripStoreTests : TripStoreContract
{
    protected override Task<ITripStore> StoreAsync() => Task.FromResult<ITripStore>(new InMemoryTripStore());
}
