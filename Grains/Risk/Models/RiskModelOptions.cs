namespace Telematics.Risk;

public sealed class RiskModelOptions
{
    public const string Section = "Telematics:RiskModel";

    /// <summary>Where model versions live, one sub-directory each; relative paths start at the application's directory. Default: <c>models</c>, shipped with every host.</summary>
    public string Directory { get; set; } = "models";

    /// <summary>The version to score with at start-up, until an admin chooses one for the cluster (<see cref="ICurrentModelGrain"/>), which wins. Default: null, the newest version in <see cref="Directory"/>.</summary>
    public string? Version { get; set; }

    /// <summary>
    /// How often each silo reads the cluster's chosen version (<see cref="ICurrentModelGrain"/>): a change reaches every
    /// node within this. Default: 5 seconds.
    /// </summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(5);
}
