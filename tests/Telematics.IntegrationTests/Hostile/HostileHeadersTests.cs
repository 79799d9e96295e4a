using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>What a browser is told about every answer, and who may read /metrics (issue 22, item 9).</summary>
[Collection(ApiCollection.Name)]
public sealed partial class HostileHeadersTests(ApiFixture api)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/js/route-map.js")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/api/v1/no-such-route")]
    public async Task Every_answer_forbids_framing_sniffing_and_scripts_from_elsewhere(string path)
    {
        var response = await api.Factory.CreateClient().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_web_app_has_no_inline_script_or_event_handler_that_its_policy_would_block()
    {
        var client = api.Factory.CreateClient();
        var html = await client.GetStringAsync("/login");

        Assert.NotEmpty(ScriptTag().Matches(html));
        Assert.All(ScriptTag().Matches(html), tag => Assert.Contains(" src=", tag.Value));
        Assert.Empty(InlineHandler().Matches(html));
    }

    [Fact]
    public async Task The_api_reference_gets_its_own_policy_and_loads_its_script_from_this_origin()
    {
        var client = api.Factory.CreateClient();
        var response = await client.GetAsync("/scalar");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.False(Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http"), $"{source} is from another origin");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/scalar/"), source))).StatusCode);
        }
    }

    [Fact]
    public async Task Embedded_metrics_answer_loopback_and_refuse_any_other_address()
    {
        var local = await ScrapeAsync(IPAddress.Loopback);
        var remote = await ScrapeAsync(IPAddress.Parse("203.0.113.9"));

        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, remote.Response.StatusCode);
        Assert.Equal("application/problem+json", remote.Response.ContentType?.Split(';')[0]);
    }

    private Task<HttpContext> ScrapeAsync(IPAddress from) => api.Factory.Server.SendAsync(c =>
    {
        c.Connection.RemoteIpAddress = from;
        c.Request.Method = HttpMethods.Get;
        c.Request.Path = "/metrics";
    });

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
