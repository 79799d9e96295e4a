using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Telematics.IntegrationTests.Api;
using Telematics.IntegrationTests.Hosting;
using Xunit.Abstractions;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// The audit's memory probe (issue 22, item 1) against the built Api in its own process, whose working set is the
/// server's alone: ten logins with a 20 MB username raised it by 325 MB.
/// </summary>
public sealed class HostileLoginMemoryTests(ITestOutputHelper output)
{
    private const long MaxGrowthBytes = 64L << 20;

    [Fact]
    public async Task Ten_logins_with_a_20_MB_username_are_413_and_leave_the_working_set_and_the_data_as_they_were()
    {
        var address = new Uri($"http://127.0.0.1:{SiloProcess.FreePort()}/");
        using var api = await ApiProcess.StartAsync(address, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address.ToString() });
        using var admin = new HttpClient { BaseAddress = api.Address };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(admin, "admin", "admin-dev"));
        await ApiFixture.RegisterAsync(admin, "DRV-HOSTILE-MEM", "VEH-HOSTILE-MEM", "memory-probe-pass");
        var body = Encoding.UTF8.GetBytes($"{{\"username\":\"{new string('a', 20_000_000)}\",\"password\":\"x\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await ProbeAsync(api.Address, body));
        var before = api.WorkingSetBytes;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add(await ProbeAsync(api.Address, body));
        }

        var growth = api.WorkingSetBytes - before;
        output.WriteLine($"working set {before >> 20} MB before the ten probes, {(before + growth) >> 20} MB after ({growth >> 20:+#;-#;0} MB)");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status));
        Assert.True(growth < MaxGrowthBytes, $"the working set grew by {growth >> 20} MB");
        Assert.Equal("Healthy", await admin.GetStringAsync("/health"));
        Assert.Equal("DRV-HOSTILE-MEM", (await admin.GetFromJsonAsync<JsonElement>("/api/v1/drivers/DRV-HOSTILE-MEM")).GetProperty("driverId").GetString());
        Assert.NotEmpty(await TokenAsync(admin, "DRV-HOSTILE-MEM", "memory-probe-pass"));
    }

    /// <summary>Each probe on its own connection, as the audit sent them: the server closes one whose body it did not read.</summary>
    private static async Task<HttpStatusCode> ProbeAsync(Uri address, byte[] body)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return (await http.PostAsync("/api/v1/auth/login", content)).StatusCode;
    }

    private static async Task<string> TokenAsync(HttpClient http, string username, string password)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
