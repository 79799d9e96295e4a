using System.CommandLine;
using Telematics.Simulator.Api;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary><c>continuous</c>: registers a fleet through the admin API, then drives it in real time against the API.</summary>
public static class ContinuousCommand
{
    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var outputOptions = new OutputOptions(api);
        var fleetOptions = new FleetCommandOptions(defaultCount: 8, defaultFirst: 101);
        var command = new Command("continuous", "Drive a fleet in real time, posting event batches (or OsmAnd positions, or Teltonika packets) every few seconds.");
        api.AddTo(command);
        outputOptions.AddTo(command);
        fleetOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fleet = fleetOptions.Fleet(parse);
            using var http = new HttpClient { BaseAddress = api.BaseAddress(parse) };
            using var devices = new HttpClient();
            await using var sink = await outputOptions.ConnectAsync(http, devices, parse, fleet, policyStart: null, cancellationToken);
            Console.WriteLine($"Driving {fleet.Count} vehicles ({fleet[0].VehicleId}…{fleet[^1].VehicleId}) against {outputOptions.Destination(parse)}; Ctrl+C stops.");
            try
            {
                await Task.WhenAll(fleet.Select(m => RealTimeDriver.DriveAsync(m, fleetOptions.Generator(parse, m),
                    (vehicleId, events, token) => sink.WriteAsync(new EventBatch(vehicleId, events), token), TimeProvider.System, cancellationToken)));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM: the way this command is meant to end.
                Console.WriteLine("Stopped.");
            }

            return 0;
        });
        return command;
    }
}
