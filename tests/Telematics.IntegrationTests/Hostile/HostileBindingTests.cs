using System.Net;
using Telematics.IntegrationTests.Api;
using static Telematics.IntegrationTests.Hostile.HostileProbe;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// Requests the framework cannot bind: each was a 500 in Development and a 400 naming nothing in Production; both
/// environments must answer 400 problem details naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileBindingTests(ApiFixture development, ProductionApiFixture production) : IClassFixture<ProductionApiFixture>
{
    public static TheoryData<string, string, string?, string> Probes => new()
    {
        { "GET", "/api/v1/drivers/DRV-BIND/trips?limit=many", null, "limit" },
        { "GET", "/api/v1/admin/drivers?page=first", null, "page" },
        { "GET", "/api/v1/admin/drivers?pageSize=99999999999", null, "pageSize" },
        { "POST", "/api/v1/admin/drivers", """{"driverId":"DRV-BIND","name":"x","rating":{"insuredAge":"old"}}""", "rating.insuredAge" },
        { "POST", "/api/v1/admin/drivers", """{"driverId":"DRV-BIND","name":"x","rating":{"insuredAge":"NaN"}}""", "rating.insuredAge" },
        { "POST", "/api/v1/admin/vehicles", """{"vehicleId":["VEH-BIND"],"driverId":"DRV-BIND"}""", "vehicleId" },
        { "POST", "/api/v1/admin/vehicles", """{"vehicleId":"VEH-BIND",""", "$" },
        { "POST", "/api/v1/admin/devices", "", "request" },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_request_that_cannot_be_bound_gets_a_400_naming_the_field_in_development(string method, string url, string? body, string field)
    {
        await AssertRefusedAsync(development.Admin, method, url, body, field);
        await AssertHealthyAsync(development);
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_request_that_cannot_be_bound_gets_a_400_naming_the_field_in_production(string method, string url, string? body, string field)
    {
        await AssertRefusedAsync(production.Admin, method, url, body, field);
        Assert.Equal(HttpStatusCode.OK, (await production.Admin.GetAsync("/api/v1/admin/dashboard/stats")).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpClient client, string method, string url, string? body, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : Json(body) };

        var response = await client.SendAsync(request);

        await AssertProblemNamingAsync(response, HttpStatusCode.BadRequest, field);
    }
}
