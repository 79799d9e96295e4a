namespace Telematics.Api.Admin;

/// <summary>What <c>GET /api/v1/admin/cluster</c> answers: the silos, what they host, and how far streams are behind.</summary>
public sealed record ClusterSummary(
    IReadOnlyList<SiloSummary> Silos,
    IReadOnlyList<GrainTypeActivations> Activations,
    StreamQueueSummary StreamQueues);

public sealed record SiloSummary(string Name, string Address, string HostName, string Status, DateTime StartedAt, DateTime LastAliveAt);

public sealed record GrainTypeActivations(string GrainType, int Activations, IReadOnlyDictionary<string, int> BySilo);

/// <param name="Node">Which silo the figures are of: each node reads its own queues (every node's /metrics has them).</param>
public sealed record StreamQueueSummary(string Node, long UndeliveredMessages, IReadOnlyDictionary<string, long> ByQueue);
