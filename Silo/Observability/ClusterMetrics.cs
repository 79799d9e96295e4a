using System.Diagnostics.Metrics;

namespace Telematics.Silo.Observability;

/// <summary>
/// The "Telematics.Cluster" meter: the active silos as this silo's membership sees them. Orleans exports no such
/// figure, and a cluster that lost a silo still answers, only slower; the silo-count alert watches this.
/// </summary>
public sealed class ClusterMetrics : ILifecycleParticipant<ISiloLifecycle>
{
    public const string MeterName = "Telematics.Cluster";

    public ClusterMetrics(IMeterFactory meters, ISiloStatusOracle membership) =>
        meters.Create(MeterName).CreateObservableGauge(
            "telematics.cluster.silos", () => membership.GetApproximateSiloStatuses(onlyActive: true).Count, "{silo}",
            "Active silos in this silo's view of the membership");

    /// <summary>Constructed with the silo, which is all it needs: the gauge reads the membership when scraped.</summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
    }
}
