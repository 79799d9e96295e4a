namespace Telematics.Risk;

public sealed class RiskModelOptions
{
    public const string Section = "Telematics:RiskModel";

    /// <summary>Where model versions live, one sub-directory each; relative paths start at the application's directory. Default: <c>models</c>, shipped with every host.</summary>
    public string Directory { get; set; } = "models";

    /// <summary>The version to score with at start-up. Default: null, the newest version in <see cref="Directory"/>.</summary>
    public string? Version { get; set; }
}
