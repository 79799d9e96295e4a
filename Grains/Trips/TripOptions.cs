namespace Telematics.Trips;

public sealed class TripOptions
{
    public const string Section = "Telematics:Trips";

    /// <summary>A trip with no event for this long ends by itself. Default: 5 minutes.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
