using System.Net.Http.Json;

namespace Telematics.IntegrationTests.Api;

/// <summary>One Api for the HTTP tests, with admin and device clients and helpers to register drivers.</summary>
public class ApiFixture : IAsyncLifetime
{
    public ApiFixture()
        : this(new TelematicsApiFactory())
    {
    }

    /// <summary>For an Api with other settings; xUnit builds fixtures through their one public constructor.</summary>
    protected ApiFixture(TelematicsApiFactoryBase factory) => Factory = factory;

    public TelematicsApiFactoryBase Factory { get; }
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Device { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.LoginAsync("admin", "admin-dev");
        Device = await Factory.LoginAsync("device", "device-dev");
    }

    public Task RegisterAsync(string driverId, string vehicleId, string password = "correct-horse") => RegisterAsync(Admin, driverId, vehicleId, password);

    /// <summary>Registers a driver and their vehicle through the admin API of any Api, in-process or not.</summary>
    public static async Task RegisterAsync(HttpClient admin, string driverId, string vehicleId, string password)
    {
        var driver = await admin.PostAsJsonAsync("/api/v1/admin/drivers", new
        {
            driverId,
            name = "Api Test",
            policyStart = DateTimeOffset.UtcNow.AddDays(-30),
            password,
            rating = new
            {
                insuredAge = 40, insuredSex = "Male", carAge = 3, marital = "Single", carUse = "Private", creditScore = 700,
                region = "Rural", annualMilesDeclared = 9000, yearsNoClaims = 20, territory = 12,
            },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, driver.StatusCode);
        var vehicle = await admin.PostAsJsonAsync("/api/v1/admin/vehicles", new { vehicleId, driverId });
        Assert.Equal(System.Net.HttpStatusCode.Created, vehicle.StatusCode);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
