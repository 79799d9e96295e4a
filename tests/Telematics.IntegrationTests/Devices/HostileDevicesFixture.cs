using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Devices;

public sealed class HostileDevicesFixture() : ApiFixture(new HostileDevicesApiFactory());

/// <summary>
/// Alone, not beside other collections: its tests count refusals and wait on timeouts, which neither another
/// collection's devices nor a loaded machine should disturb.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileDevicesCollection : ICollectionFixture<HostileDevicesFixture>
{
    public const string Name = "hostile devices";
}
