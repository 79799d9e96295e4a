using Microsoft.Extensions.Options;

namespace Telematics.Trips;

/// <summary>Fails start-up on trip options that would make features meaningless, naming each bad option.</summary>
public sealed class TripOptionsValidator : IValidateOptions<TripOptions>
{
    private const string Cleaning = TripOptions.Section + ":Cleaning:";
    private const string Features = TripOptions.Section + ":Features:";

    public ValidateOptionsResult Validate(string? name, TripOptions options)
    {
        var failures = new List<string>();
        void Require(bool valid, string option, string rule)
        {
            if (!valid)
            {
                failures.Add($"{option} {rule}.");
            }
        }

        var features = options.Features;
        Require(options.IdleTimeout > TimeSpan.Zero, TripOptions.Section + ":IdleTimeout", "must be positive");
        Require(options.MaxGap > TimeSpan.Zero, TripOptions.Section + ":MaxGap", "must be positive");
        Require(options.ReorderWindow >= TimeSpan.Zero, TripOptions.Section + ":ReorderWindow", "must not be negative");
        Require(options.ReminderKeptFor >= TimeSpan.Zero, TripOptions.Section + ":ReminderKeptFor", "must not be negative");
        Require(options.Cleaning.MaxAccuracyM > 0, Cleaning + "MaxAccuracyM", "must be positive");
        Require(options.Cleaning.MaxImpliedSpeedMps > 0, Cleaning + "MaxImpliedSpeedMps", "must be positive");
        Require(options.Cleaning.MaxPlausibleAccelerationMps2 > 0, Cleaning + "MaxPlausibleAccelerationMps2", "must be positive");
        Require(options.Cleaning.SpeedNoiseToleranceMps >= 0, Cleaning + "SpeedNoiseToleranceMps", "must not be negative");
        Require(TimeZoneInfo.TryFindSystemTimeZoneById(features.TimeZoneId, out _), Features + "TimeZoneId", $"'{features.TimeZoneId}' is not a known time zone");
        foreach (var (option, hour) in new[]
        {
            (nameof(features.NightStartHour), features.NightStartHour), (nameof(features.NightEndHour), features.NightEndHour),
            (nameof(features.RushAmStartHour), features.RushAmStartHour), (nameof(features.RushAmEndHour), features.RushAmEndHour),
            (nameof(features.RushPmStartHour), features.RushPmStartHour), (nameof(features.RushPmEndHour), features.RushPmEndHour),
        })
        {
            Require(hour is >= 0 and <= 23, Features + option, "must be an hour from 0 to 23");
        }

        Require(features.MovingSpeedMps > 0, Features + "MovingSpeedMps", "must be positive");
        Require(features.MaxSampleInterval > TimeSpan.Zero, Features + "MaxSampleInterval", "must be positive");
        Require(features.GapIntervalMultiple >= 1, Features + "GapIntervalMultiple", "must be at least 1");
        Require(features.LongitudinalDerivationWindow >= TimeSpan.Zero, Features + "LongitudinalDerivationWindow", "must not be negative");
        Require(features.LateralDerivationWindow >= TimeSpan.Zero, Features + "LateralDerivationWindow", "must not be negative");
        Require(features.DerivedLateralMinSpeedMps >= 0, Features + "DerivedLateralMinSpeedMps", "must not be negative");
        Require(features.MaxDerivedAccelerationMps2 > 0, Features + "MaxDerivedAccelerationMps2", "must be positive");
        Require(features.PositionSmoothingWindow >= TimeSpan.Zero, Features + "PositionSmoothingWindow", "must not be negative");
        Require(features.PositionSpeedWindow >= TimeSpan.Zero, Features + "PositionSpeedWindow", "must not be negative");
        Require(features.MaxShapedInterval >= TimeSpan.Zero, Features + "MaxShapedInterval", "must not be negative");
        Require(features.PeakBoundMaxInterval >= TimeSpan.Zero, Features + "PeakBoundMaxInterval", "must not be negative");
        Require(features.PeakBoundDistanceMarginM >= 0, Features + "PeakBoundDistanceMarginM", "must not be negative");
        Require(features.PeakBoundSpeedMarginMps >= 0, Features + "PeakBoundSpeedMarginMps", "must not be negative");
        Require(features.SameEventWindow >= TimeSpan.Zero, Features + "SameEventWindow", "must not be negative");
        Require(features.EpisodeHysteresisMphPerSecond >= 0 && features.EpisodeHysteresisMphPerSecond < HarshEventThresholds.LongitudinalMphPerSecond[0],
            Features + "EpisodeHysteresisMphPerSecond", "must be at least 0 and below the lowest threshold");
        Require(features.MinimumEpisodeDuration >= TimeSpan.Zero, Features + "MinimumEpisodeDuration", "must not be negative");
        Require(features.FallbackSpeedLimitMps is null or > 0, Features + "FallbackSpeedLimitMps", "must be positive or empty");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
