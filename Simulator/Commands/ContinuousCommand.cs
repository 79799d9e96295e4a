using System.CommandLine;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary><c>continuous</c>: registers a fleet through the admin API, then drives it in real time against the API.</summary>
public static class ContinuousCommand
{
    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var fleetOptions = new FleetCommandOptions(defaultCount: 8, defaultFirst: 101);
        var command = new Command("continuous", "Drive a fleet in real time, posting event batches every few seconds.");
        api.AddTo(command);
        fleetOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fleet = fleetOptions.Fleet(parse);
            using var http = new HttpClient { BaseAddress = api.BaseAddress(parse) };
            var client = await api.ConnectFleetAsync(http, parse, fleet, cancellationToken);
            Console.WriteLine($"Driving {fleet.Count} vehicles ({fleet[0].VehicleId}…{fleet[^1].VehicleId}) against {api.BaseAddress(parse)}; Ctrl+C stops.");
            await Task.WhenAll(fleet.Select(m => RealTimeDriver.DriveAsync(m, fleetOptions.Generator(parse, m), client.PostEventsAsync, TimeProvider.System, cancellationToken)));
            return 0;
        });
        return command;
    }
}
