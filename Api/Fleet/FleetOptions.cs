namespace Telematics.Api.Fleet;

public sealed class FleetOptions
{
    public const string Section = "Telematics:Fleet";

    /// <summary>Runs the built-in simulated fleet (Embedded mode only). Default: on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Drivers and vehicles in the fleet (DRV-0001/VEH-0001 …). Default: 8.</summary>
    public int Vehicles { get; set; } = 8;

    /// <summary>Past trips each vehicle drives at start-up, spread over the last 90 days, so scores mean something at once. Default: 40.</summary>
    public int HistoryTrips { get; set; } = 40;

    /// <summary>Seed of the fleet's randomness, for a reproducible demo. Default: 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Whether the built-in fleet runs: enabled, and in Embedded mode.</summary>
    public static bool Runs(IConfiguration configuration) =>
        (configuration.GetSection(Section).Get<FleetOptions>() ?? new FleetOptions()).Enabled
        && Silo.Hosting.TelematicsOptions.ReadMode(configuration) == Silo.Hosting.TelematicsMode.Embedded;
}
