namespace Telematics.Api.Fleet;

public sealed class DriveSimulatorOptions
{
    public const string Section = "Telematics:DriveSimulator";

    /// <summary>
    /// Lets admins start simulated trips (the Drive simulator page, <c>POST /api/v1/admin/simulator/trips</c>). Default:
    /// on in Embedded mode only, where nothing is durable; elsewhere a simulated trip is stored, scored and priced as a
    /// real one, in a real driver's record, so an operator turns it on knowingly.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The longest trip one may ask for, in legs of a few blocks each ending at a stop (a leg is about a minute). Default: 10.</summary>
    public int MaxLegs { get; set; } = 10;

    /// <summary>Whether simulated trips may be started: as configured, or else in Embedded mode.</summary>
    public static bool Runs(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DriveSimulatorOptions>()?.Enabled
        ?? Silo.Hosting.TelematicsOptions.ReadMode(configuration) == Silo.Hosting.TelematicsMode.Embedded;
}
