namespace Telematics.Silo.Hosting;

public sealed class TelematicsOptions
{
    public const string Section = "Telematics";

    /// <summary>How the cluster stores state and finds its silos. Default: <see cref="TelematicsMode.Embedded"/>.</summary>
    public TelematicsMode Mode { get; set; } = TelematicsMode.Embedded;

    public static TelematicsMode ReadMode(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<TelematicsOptions>()?.Mode ?? TelematicsMode.Embedded;
}
