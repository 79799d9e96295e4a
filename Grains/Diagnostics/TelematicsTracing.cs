using System.Diagnostics;

namespace Telematics.Diagnostics;

/// <summary>Our own spans (archive commits, scoring), beside those of ASP.NET Core, Orleans and Npgsql.</summary>
public static class TelematicsTracing
{
    public const string SourceName = "Telematics";

    /// <summary>Starts nothing (and costs next to nothing) unless tracing is on and the trace is sampled.</summary>
    public static readonly ActivitySource Source = new(SourceName);
}
