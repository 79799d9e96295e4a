using Telematics.Trips;

namespace Telematics.UnitTests.Trips;

public sealed class TripOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new TripOptionsValidator().Validate(null, new TripOptions()).Succeeded);
    }

    [Fact]
    public void Each_bad_option_is_named()
    {
        var options = new TripOptions
        {
            ReminderKeptFor = TimeSpan.FromMinutes(-1),
            ReorderWindow = TimeSpan.FromSeconds(-1),
            Cleaning = { MaxAccuracyM = 0 },
            Features = { TimeZoneId = "Mars/Olympus_Mons", NightEndHour = 24, EpisodeHysteresisMphPerSecond = 6 },
        };

        var failures = new TripOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:ReminderKeptFor "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:ReorderWindow "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Cleaning:MaxAccuracyM "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:TimeZoneId "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:NightEndHour "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:EpisodeHysteresisMphPerSecond "));
    }

    [Fact]
    public void A_reorder_window_longer_than_the_idle_timeout_waits_only_the_idle_timeout()
    {
        var options = new TripOptions { IdleTimeout = TimeSpan.FromSeconds(3), ReorderWindow = TimeSpan.FromMinutes(2) };

        Assert.True(new TripOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(3), options.EffectiveReorderWindow);
        Assert.Equal(TimeSpan.FromMinutes(2), new TripOptions().EffectiveReorderWindow);
    }
}
