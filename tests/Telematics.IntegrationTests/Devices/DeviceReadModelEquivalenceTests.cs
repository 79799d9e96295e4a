using Telematics.Devices;
using Telematics.IntegrationTests.Postgres;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Devices;

/// <summary>
/// The in-memory and the PostgreSQL devices read model, given the same registrations and contacts, list alike: in id
/// order by cursor, by driver, vehicle and protocol; a contact never moves the last one back, one for an unknown device
/// is dropped, and registering again moves the device but keeps when it was last seen.
/// </summary>
public sealed class DeviceReadModelEquivalenceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Then = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Both_read_models_list_devices_alike()
    {
        var memory = new InMemoryDeviceReadModel();
        var postgres = new PostgresDeviceReadModel(await database.MigratedAsync());
        var models = new IDeviceReadModel[] { memory, postgres };
        // Ids whose ordinal order differs from a linguistic one.
        var ids = Enumerable.Range(0, 120).Select(n => (n % 3 == 0 ? "a" : "B") + $"-{n:D3}").ToList();
        foreach (var model in models)
        {
            foreach (var (id, n) in ids.Select((id, n) => (id, n)))
            {
                await model.UpsertAsync(new DeviceSummary(id, n % 2 == 0 ? DeviceProtocol.OsmAnd : DeviceProtocol.Teltonika, $"VEH-{n % 10}", $"DRV-{n % 5}", Then, null));
            }

            await model.RecordContactsAsync([.. ids.Take(40).Select(id => new DeviceContact(id, Then.AddMinutes(5))), new DeviceContact("nobody", Then)]);
            await model.RecordContactsAsync([new DeviceContact(ids[0], Then.AddMinutes(1)), new DeviceContact(ids[1], Then.AddMinutes(9))]);
            await model.UpsertAsync(new DeviceSummary(ids[1], DeviceProtocol.OsmAnd, "VEH-MOVED", "DRV-MOVED", Then.AddDays(1), null));
        }

        foreach (var query in new DeviceQuery[]
        {
            new(), new(Limit: 7), new(After: "B-050", Limit: 30), new(DriverId: "DRV-3"), new(VehicleId: "VEH-MOVED"),
            new(Protocol: DeviceProtocol.Teltonika, DriverId: "DRV-1", Limit: 5), new(After: "zzz"), new(DriverId: "DRV-NOBODY"),
        })
        {
            Assert.Equivalent(await WalkAsync(memory, query), await WalkAsync(postgres, query), strict: true);
        }

        var moved = (await postgres.QueryAsync(new DeviceQuery(VehicleId: "VEH-MOVED"))).Items.Single();
        Assert.Equal((ids[1], "DRV-MOVED", Then.AddMinutes(9)), (moved.DeviceId, moved.DriverId, moved.LastSeenAt));
        Assert.Equal(Then.AddMinutes(5), (await WalkAsync(postgres, new DeviceQuery())).Single(d => d.DeviceId == ids[0]).LastSeenAt);
        Assert.Equal(ids.Order(StringComparer.Ordinal), (await WalkAsync(postgres, new DeviceQuery(Limit: 13))).Select(d => d.DeviceId));
    }

    private static async Task<List<DeviceSummary>> WalkAsync(IDeviceReadModel model, DeviceQuery query)
    {
        var rows = new List<DeviceSummary>();
        for (var page = await model.QueryAsync(query); ; page = await model.QueryAsync(query with { After = page.Next }))
        {
            rows.AddRange(page.Items);
            if (page.Next is null)
            {
                return rows;
            }
        }
    }
}
