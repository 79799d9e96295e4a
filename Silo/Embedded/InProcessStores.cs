using Telematics.Trips;

namespace Telematics.Silo.Embedded;

/// <summary>
/// What Embedded mode stores in the process: grain states and trip summaries. Silos of one process (test clusters)
/// share them by being given the same instance, as they would share one database.
/// </summary>
/// <remarks>
/// Both must be shared: a completed trip keeps no state once its summary is in the trip store, so a trip reactivated
/// on another silo answers as completed only if that silo's trip store holds it.
/// </remarks>
public sealed class InProcessStores
{
    public InProcessStateStore States { get; } = new();

    public InMemoryTripStore Trips { get; } = new();
}
