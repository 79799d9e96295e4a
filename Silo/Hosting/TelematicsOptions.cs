namespace Telematics.Silo.Hosting;

public sealed class TelematicsOptions
{
    public const string Section = "Telematics";

    /// <summary>How the cluster stores state and finds its silos. Default: <see cref="TelematicsMode.Embedded"/>.</summary>
    public TelematicsMode Mode { get; set; } = TelematicsMode.Embedded;

    /// <summary>The silo-to-silo port. Default: 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to. Default: 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    public static TelematicsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<TelematicsOptions>() ?? new TelematicsOptions();

    public static TelematicsMode ReadMode(IConfiguration configuration) => Read(configuration).Mode;
}
