using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telematics.Api.Auth;

namespace Telematics.UnitTests.Auth;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private LoginThrottle Throttle() => new(Options.Create(new LoginOptions()), time);

    [Fact]
    public void Five_wrong_passwords_lock_the_username_for_30_s()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("DRV-0001");
        }

        Assert.Null(throttle.LockedFor("DRV-0001"));
        throttle.Failed("DRV-0001");
        Assert.Equal(TimeSpan.FromSeconds(30), throttle.LockedFor("DRV-0001"));
        Assert.Null(throttle.LockedFor("DRV-0002"));

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(throttle.LockedFor("DRV-0001"));
    }

    [Fact]
    public void Each_further_wrong_password_doubles_the_lockout_up_to_15_minutes()
    {
        using var throttle = Throttle();
        var lockouts = new List<TimeSpan?>();
        for (var i = 0; i < 12; i++)
        {
            throttle.Failed("DRV-0001");
            lockouts.Add(throttle.LockedFor("DRV-0001"));
            time.Advance(throttle.LockedFor("DRV-0001") ?? TimeSpan.Zero);
        }

        Assert.Equal(
            [null, null, null, null, 30, 60, 120, 240, 480, 900, 900, 900],
            lockouts.Select(l => l?.TotalSeconds));
    }

    [Fact]
    public void The_right_password_clears_the_failures()
    {
        using var throttle = Throttle();
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("DRV-0001");
        }

        throttle.Succeeded("DRV-0001");
        throttle.Failed("DRV-0001");

        Assert.Null(throttle.LockedFor("DRV-0001"));
    }
}
