using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Telematics.IntegrationTests.Api;
using Xunit.Abstractions;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// The login probes of the audit (issue 22, items 1 and 4) against the real Api. Each test signs in from its own
/// client addresses, so that the per-address limit of one test does not touch another's.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileAuthTests(ApiFixture api, ITestOutputHelper output)
{
    private static int _lastAddress;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../../etc/passwd")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("DRV-Ü")]
    [InlineData("an-username-of-sixty-five-characters-is-one-more-than-the-id-allows")]
    public async Task A_username_outside_the_id_grammar_is_a_400_naming_username_and_activates_nothing(string username)
    {
        var before = await AccountActivationsAsync();

        var response = await LoginAsync(NewAddress(), new { username, password = "x" });

        Assert.Equal(StatusCodes.Status400BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.True(response.Body.GetProperty("errors").TryGetProperty("username", out _), response.Body.ToString());
        Assert.Equal(before, await AccountActivationsAsync());
    }

    [Fact]
    public async Task A_missing_username_or_password_is_a_400_naming_the_field()
    {
        var noUsername = await LoginAsync(NewAddress(), new { password = "x" });
        var noPassword = await LoginAsync(NewAddress(), new { username = "admin" });

        Assert.True(noUsername.Body.GetProperty("errors").TryGetProperty("username", out _));
        Assert.True(noPassword.Body.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task A_20_MB_username_is_a_413_problem_before_it_is_read()
    {
        var response = await LoginAsync(NewAddress(), new { username = new string('a', 20_000_000), password = "x" });

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("Healthy", await api.Factory.CreateClient().GetStringAsync("/health"));
    }

    [Fact]
    public async Task A_login_body_sent_without_its_length_is_a_413_problem_once_it_runs_past_the_limit()
    {
        var response = await LoginAsync(NewAddress(), new { username = new string('a', 100_000), password = "x" }, declareLength: false);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
    }

    [Fact]
    public async Task A_guessed_username_keeps_no_account_activation()
    {
        var before = await AccountActivationsAsync();

        var statuses = await StatusesAsync(5, _ => NewAddress(), _ => new { username = $"nobody-{Guid.NewGuid():N}", password = "guess" });

        Assert.All(statuses, status => Assert.Equal(StatusCodes.Status401Unauthorized, status));

        await Poll.UntilAsync(AccountActivationsAsync, count => count == before, seconds: 10);
    }

    [Fact]
    public async Task After_five_wrong_passwords_a_username_is_locked_with_retry_after_even_for_the_right_password()
    {
        await api.RegisterAsync("DRV-HOSTILE-LOCK", "VEH-HOSTILE-LOCK", password: "right-password-1");

        var wrong = await StatusesAsync(5, _ => NewAddress(), i => new { username = "DRV-HOSTILE-LOCK", password = $"wrong-{i}" });

        var locked = await LoginAsync(NewAddress(), new { username = "DRV-HOSTILE-LOCK", password = "wrong-5" });
        var right = await LoginAsync(NewAddress(), new { username = "DRV-HOSTILE-LOCK", password = "right-password-1" });

        Assert.All(wrong, status => Assert.Equal(StatusCodes.Status401Unauthorized, status));
        AssertTooMany(locked, maxRetryAfterSeconds: 30);
        Assert.Equal(StatusCodes.Status429TooManyRequests, right.Status);
        Assert.Equal(StatusCodes.Status401Unauthorized, (await LoginAsync(NewAddress(), new { username = "DRV-HOSTILE-OTHER", password = "x" })).Status);
    }

    /// <summary>The limiter counts every attempt, refused ones too: cheap 400s drain the bucket faster than it refills (one every 3 s).</summary>
    [Fact]
    public async Task One_address_gets_20_attempts_a_minute_then_429_with_retry_after_while_others_go_on()
    {
        var flooder = NewAddress();
        var statuses = await StatusesAsync(20, _ => flooder, _ => new { username = "", password = "guess" });

        var refused = await LoginAsync(flooder, new { username = "flood-20", password = "guess" });
        var other = await LoginAsync(NewAddress(), new { username = "flood-21", password = "guess" });

        Assert.All(statuses, status => Assert.Equal(StatusCodes.Status400BadRequest, status));
        AssertTooMany(refused, maxRetryAfterSeconds: 3);
        Assert.Equal(StatusCodes.Status401Unauthorized, other.Status);
    }

    /// <summary>An IPv6 client may take a new address of its /64 for every attempt: the limit counts the /64.</summary>
    [Fact]
    public async Task Addresses_of_one_ipv6_prefix_share_one_allowance()
    {
        var statuses = await StatusesAsync(20, i => IPAddress.Parse($"2001:db8:0:7::{i + 1:x}"), _ => new { username = "", password = "guess" });

        var refused = await LoginAsync(IPAddress.Parse("2001:db8:0:7:ffff::1"), new { username = "flood-v6", password = "guess" });
        var otherPrefix = await LoginAsync(IPAddress.Parse("2001:db8:0:8::1"), new { username = "flood-v6", password = "guess" });

        Assert.All(statuses, status => Assert.Equal(StatusCodes.Status400BadRequest, status));
        AssertTooMany(refused, maxRetryAfterSeconds: 3);
        Assert.Equal(StatusCodes.Status401Unauthorized, otherPrefix.Status);
    }

    /// <summary>
    /// A refusal costs one password hash whoever the username is: an operator (configured), a stored account, or
    /// nobody. Medians of four refusals each, one fewer than locks a username: the operator is shared with the other
    /// tests, and its right password clears the count after. The bound is loose for a shared host; a refusal without
    /// a hash is 50 times faster.
    /// </summary>
    [Fact]
    public async Task A_wrong_password_takes_as_long_for_an_operator_a_stored_account_and_an_unknown_username()
    {
        await api.RegisterAsync("DRV-HOSTILE-TIME", "VEH-HOSTILE-TIME", password: "right-password-2");
        await LoginAsync(NewAddress(), new { username = "warm-up", password = "x" });

        var operatorMs = await MedianRefusalMsAsync(_ => "device");
        var storedMs = await MedianRefusalMsAsync(_ => "DRV-HOSTILE-TIME");
        var unknownMs = await MedianRefusalMsAsync(i => $"nobody-time-{i}");
        output.WriteLine($"median refusal: operator {operatorMs:0.0} ms, stored account {storedMs:0.0} ms, unknown {unknownMs:0.0} ms");
        Assert.Equal(StatusCodes.Status200OK, (await LoginAsync(NewAddress(), new { username = "device", password = "device-dev" })).Status);

        var slowest = Math.Max(operatorMs, Math.Max(storedMs, unknownMs));
        Assert.True(Math.Min(operatorMs, Math.Min(storedMs, unknownMs)) >= 0.25 * slowest,
            $"operator {operatorMs:0.0} ms, stored {storedMs:0.0} ms, unknown {unknownMs:0.0} ms");
    }

    private async Task<double> MedianRefusalMsAsync(Func<int, string> username)
    {
        var times = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await LoginAsync(NewAddress(), new { username = username(i), password = $"not-the-password-{i}" });
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(StatusCodes.Status401Unauthorized, response.Status);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static void AssertTooMany(Answer answer, int maxRetryAfterSeconds)
    {
        Assert.Equal(StatusCodes.Status429TooManyRequests, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.InRange(int.Parse(answer.RetryAfter!), 1, maxRetryAfterSeconds);
    }

    private async Task<List<int>> StatusesAsync(int count, Func<int, IPAddress> from, Func<int, object> body)
    {
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await LoginAsync(from(i), body(i))).Status);
        }

        return statuses;
    }

    /// <summary>A fresh documentation-range address (TEST-NET-3) for each call.</summary>
    private static IPAddress NewAddress()
    {
        var n = Interlocked.Increment(ref _lastAddress);
        return new IPAddress([203, 0, (byte)(113 + n / 250), (byte)(1 + n % 250)]);
    }

    private async Task<Answer> LoginAsync(IPAddress from, object body, bool declareLength = true)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body);
        var context = await api.Factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = from;
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/api/v1/auth/login";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = declareLength ? json.Length : null;
            c.Request.Body = new MemoryStream(json);
        });
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new Answer(
            context.Response.StatusCode,
            context.Response.ContentType?.Split(';')[0],
            context.Response.Headers.RetryAfter.FirstOrDefault(),
            text.Length > 0 ? JsonDocument.Parse(text).RootElement : default);
    }

    private async Task<int> AccountActivationsAsync()
    {
        var statistics = await api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("AccountGrain")).Sum(s => s.ActivationCount);
    }

    private sealed record Answer(int Status, string? ContentType, string? RetryAfter, JsonElement Body);
}
