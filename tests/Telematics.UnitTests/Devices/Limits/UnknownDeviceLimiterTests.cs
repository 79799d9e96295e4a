using System.Net;
using Microsoft.Extensions.Options;
using Telematics.Api.Devices;

namespace Telematics.UnitTests.Devices.Limits;

public sealed class UnknownDeviceLimiterTests
{
    [Fact]
    public void An_address_is_spent_after_its_allowance_of_refusals_and_others_are_not()
    {
        using var limiter = new UnknownDeviceLimiter(Options.Create(new DeviceOptions { UnknownDeviceAllowance = 3, UnknownDeviceRefill = TimeSpan.FromHours(1) }));
        var guesser = IPAddress.Parse("192.0.2.1");

        for (var i = 0; i < 3; i++)
        {
            Assert.False(limiter.IsSpent(guesser), $"after {i} refusals");
            limiter.Refused(guesser);
        }

        Assert.True(limiter.IsSpent(guesser));
        Assert.False(limiter.IsSpent(IPAddress.Parse("192.0.2.2")));
        Assert.Equal(TimeSpan.FromHours(1), limiter.RetryAfter);
    }

    [Fact]
    public void Asking_whether_an_address_is_spent_spends_nothing()
    {
        using var limiter = new UnknownDeviceLimiter(Options.Create(new DeviceOptions { UnknownDeviceAllowance = 1 }));
        var device = IPAddress.Parse("192.0.2.3");

        for (var i = 0; i < 10; i++)
        {
            Assert.False(limiter.IsSpent(device));
        }
    }

    /// <summary>
    /// The token bucket refills continuously, so a spent address holds a fraction of a token a moment later; a check for
    /// "any token left" then let it look up devices again, while its next refusal could not take a whole token.
    /// </summary>
    [Fact]
    public async Task A_spent_address_stays_spent_while_its_next_token_is_only_partly_refilled()
    {
        using var limiter = new UnknownDeviceLimiter(Options.Create(new DeviceOptions { UnknownDeviceAllowance = 2, UnknownDeviceRefill = TimeSpan.FromHours(1) }));
        var guesser = IPAddress.Parse("192.0.2.4");
        limiter.Refused(guesser);
        limiter.Refused(guesser);

        // Long enough for the bucket's replenishment to have run at least once (it ticks far more often than its period).
        await Task.Delay(TimeSpan.FromMilliseconds(1500));

        Assert.True(limiter.IsSpent(guesser));
    }
}
