namespace Telematics.UnitTests.Simulator;

/// <summary>
/// Tests that simulate the accuracy table's 520-mile drives run alone: each keeps both cores busy for seconds, which
/// beside the component tests delays the renders those wait for.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimulatedDrivesCollection
{
    public const string Name = "Simulated drives";
}
