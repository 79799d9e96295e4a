using Telematics.Risk;

namespace Telematics.Api.Admin;

public static class ModelChoice
{
    /// <summary>
    /// Makes <paramref name="version"/> the cluster's (stored in <see cref="ICurrentModelGrain"/>, which every silo reads
    /// within <c>Telematics:RiskModel:SyncInterval</c>) and this node's at once.
    /// </summary>
    public static async Task MakeCurrentAsync(this ModelRegistry models, IGrainFactory grains, string version)
    {
        await grains.GetGrain<ICurrentModelGrain>(ICurrentModelGrain.Key).SetAsync(version);
        models.SetCurrent(version);
    }
}
