namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>The fault-injection classes share one Api node and one private server, and run one after the other: each restarts it.</summary>
[CollectionDefinition(Name)]
public sealed class FaultInjectionCollection : ICollectionFixture<FaultInjectionFixture>
{
    public const string Name = "fault injection";
}
