using System.CommandLine;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary><c>continuous</c>: registers a fleet through the admin API, then drives it in real time against the API.</summary>
public static class ContinuousCommand
{
    public static Command Create()
    {
        var api = new Option<Uri>("--api") { Description = "Base address of the API.", DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000") };
        var vehicles = new Option<int>("--vehicles") { Description = "Vehicles to drive.", DefaultValueFactory = _ => 8 };
        var firstVehicle = new Option<int>("--first") { Description = "Number of the first vehicle (VEH-nnnn).", DefaultValueFactory = _ => 101 };
        var hz = new Option<int>("--hz") { Description = "Samples per second (1–10).", DefaultValueFactory = _ => 1 };
        var admin = new Option<string>("--admin") { Description = "Admin login as user:password.", DefaultValueFactory = _ => "admin:admin-dev" };
        var device = new Option<string>("--device") { Description = "Device login as user:password.", DefaultValueFactory = _ => "device:device-dev" };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 7 };

        var command = new Command("continuous", "Drive a fleet in real time, posting event batches every few seconds.")
        {
            api, vehicles, firstVehicle, hz, admin, device, seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fleet = FleetPlan.Create(parse.GetValue(firstVehicle) + parse.GetValue(vehicles) - 1, parse.GetValue(seed))
                .Skip(parse.GetValue(firstVehicle) - 1)
                .ToList();
            using var http = new HttpClient { BaseAddress = parse.GetValue(api) };
            var client = new TelematicsApiClient(http);

            var (adminUser, adminPassword) = Split(parse.GetValue(admin)!);
            await client.LoginAsync(adminUser, adminPassword, cancellationToken);
            foreach (var member in fleet)
            {
                await client.RegisterDriverAsync(member.DriverId, member.Name, member.Rating, null, cancellationToken);
                await client.RegisterVehicleAsync(member.VehicleId, member.DriverId, cancellationToken);
            }

            var (deviceUser, devicePassword) = Split(parse.GetValue(device)!);
            await client.LoginAsync(deviceUser, devicePassword, cancellationToken);
            Console.WriteLine($"Driving {fleet.Count} vehicles ({fleet[0].VehicleId}…{fleet[^1].VehicleId}) against {parse.GetValue(api)}; Ctrl+C stops.");
            await Task.WhenAll(fleet.Select(m => RealTimeDriver.DriveAsync(
                m, new TripGenerator(new Random(m.VehicleId.GetHashCode(StringComparison.Ordinal)), parse.GetValue(hz)), client.PostEventsAsync, TimeProvider.System, cancellationToken)));
            return 0;
        });
        return command;
    }

    private static (string User, string Password) Split(string login)
    {
        var parts = login.Split(':', 2);
        return parts.Length == 2 ? (parts[0], parts[1]) : throw new ArgumentException($"Expected user:password, got '{login}'.");
    }
}
