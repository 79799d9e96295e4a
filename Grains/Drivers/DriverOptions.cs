namespace Telematics.Drivers;

public sealed class DriverOptions
{
    public const string Section = "Telematics:Drivers";

    /// <summary>The rolling window of trips that make a driver's features. Default: 365 days.</summary>
    public TimeSpan FeatureWindow { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Scores kept in the driver's score history. Default: 50, which with a year of driving keeps a driver's state within 16 KB.</summary>
    public int ScoreHistoryKept { get; set; } = 50;

    /// <summary>Notifications kept for the driver. Default: 100.</summary>
    public int NotificationsKept { get; set; } = 100;
}
