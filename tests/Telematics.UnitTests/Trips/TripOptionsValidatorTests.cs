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
            Cleaning = { MaxAccuracyM = 0 },
            Features = { TimeZoneId = "Mars/Olympus_Mons", NightEndHour = 24, EpisodeHysteresisMphPerSecond = 6 },
        };

        var failures = new TripOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:ReminderKeptFor "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Cleaning:MaxAccuracyM "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:TimeZoneId "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:NightEndHour "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:EpisodeHysteresisMphPerSecond "));
    }

    [Fact]
    public void Each_bad_option_of_derivation_and_spike_rejection_is_named()
    {
        var options = new TripOptions
        {
            Cleaning = { MaxPlausibleAccelerationMps2 = 0 },
            Features = { GapIntervalMultiple = 0.5, MaxDerivedAccelerationMps2 = 0, SameEventWindow = TimeSpan.FromSeconds(-1) },
        };

        var failures = new TripOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Cleaning:MaxPlausibleAccelerationMps2 "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:GapIntervalMultiple "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:MaxDerivedAccelerationMps2 "));
        Assert.Contains(failures, f => f.StartsWith("Telematics:Trips:Features:SameEventWindow "));
    }
}
