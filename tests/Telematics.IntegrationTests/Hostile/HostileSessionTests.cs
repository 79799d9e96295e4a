using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>Sessions end with their credentials (issue 22, item 8): tokens of a few seconds, accepted not a moment past expiry.</summary>
public sealed class HostileSessionTests(HostileSessionTests.ShortTokenApiFactory api) : IClassFixture<HostileSessionTests.ShortTokenApiFactory>
{
    public sealed class ShortTokenApiFactory : TelematicsApiFactoryBase
    {
        public static readonly TimeSpan TokenLifetime = TimeSpan.FromSeconds(4);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:TokenLifetime", TokenLifetime.ToString());
            builder.UseSetting("Auth:ClockSkew", "00:00:00");
        }
    }

    [Fact]
    public async Task A_live_stream_ends_when_its_token_expires_and_the_token_is_refused_after()
    {
        var admin = await api.LoginAsync("admin", "admin-dev");
        var watch = Stopwatch.StartNew();
        using var response = await admin.GetAsync("/api/v1/live/admin", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
        }

        Assert.InRange(watch.Elapsed, ShortTokenApiFactory.TokenLifetime - TimeSpan.FromSeconds(2), ShortTokenApiFactory.TokenLifetime + TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public void The_bearer_handler_takes_its_clock_skew_from_auth_options_not_its_own_5_minutes()
    {
        var jwt = api.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Equal(TimeSpan.Zero, jwt.TokenValidationParameters.ClockSkew);
    }
}
