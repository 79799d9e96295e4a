namespace Telematics.UnitTests.Simulator;

/// <summary>
/// Tests that simulate the accuracy table's 520-mile drives run alone: each keeps both cores busy for seconds, and
/// beside them a component test's render wait once ran out its 10 s on the 2-core CI machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimulatedDrivesCollection
{
    public const string Name = "Simulated drives";
}
