using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telematics.IntegrationTests.Api;
using Telematics.IntegrationTests.Postgres.Faults;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>
/// Device keys and the first admin in PostgreSQL mode, across a restart of the node: a rotated key stays the only one,
/// a revoked key stays refused, a refused write for another vehicle stays in the audit trail, and the configured admin
/// password no longer signs in once the stored one was changed.
/// </summary>
public sealed class DeviceKeyDurabilityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string ChangedAdminPassword = "changed-admin-password-1";

    [Fact]
    public async Task Keys_rotations_revocations_refusals_and_the_stored_admin_outlive_a_restart()
    {
        string rotatedDevice, rotatedKey, oldKey, revokedDevice, revokedKey, refusedDevice;
        await using (var first = new PostgresApiFactory(database.ConnectionString))
        {
            var admin = await first.LoginAsync("admin", PostgresApiFactory.AdminPassword);
            await ApiFixture.RegisterAsync(admin, "DRV-PGKEY-1", "VEH-PGKEY-1", "driver-pgkey-1");
            await ApiFixture.RegisterAsync(admin, "DRV-PGKEY-2", "VEH-PGKEY-2", "driver-pgkey-2");
            (rotatedDevice, oldKey) = await TelematicsApiFactoryBase.RegisterDeviceAsync(admin, "VEH-PGKEY-1");
            var rotated = await admin.PostAsync($"/api/v1/admin/devices/{rotatedDevice}/key", null);
            rotatedKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
            (revokedDevice, revokedKey) = await TelematicsApiFactoryBase.RegisterDeviceAsync(admin, "VEH-PGKEY-1");
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/devices/{revokedDevice}/key")).StatusCode);
            var device = await first.DeviceForAsync(admin, "VEH-PGKEY-1");
            refusedDevice = (await device.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("username").GetString()!;
            Assert.Equal(HttpStatusCode.Forbidden, (await device.PostAsync("/api/v1/telemetry/vehicles/VEH-PGKEY-2/trips/end", null)).StatusCode);
            var changed = await admin.PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = PostgresApiFactory.AdminPassword, newPassword = ChangedAdminPassword });
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        }

        await using var second = new PostgresApiFactory(database.ConnectionString);
        var anonymous = second.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = PostgresApiFactory.AdminPassword })).StatusCode);
        var again = await second.LoginAsync("admin", ChangedAdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/device", new { deviceId = rotatedDevice, key = rotatedKey })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/device", new { deviceId = rotatedDevice, key = oldKey })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/device", new { deviceId = revokedDevice, key = revokedKey })).StatusCode);
        var page = await again.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?actor={refusedDevice}&resourceId=VEH-PGKEY-2");
        var refused = Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("record");
        Assert.Equal(("EndTrip", 403), (refused.GetProperty("action").GetString(), refused.GetProperty("outcome").GetInt32()));
        Assert.True((await again.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/verify")).GetProperty("intact").GetBoolean());
    }
}
