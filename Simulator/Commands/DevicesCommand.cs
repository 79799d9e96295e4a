using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Load;

namespace Telematics.Simulator.Commands;

/// <summary>
/// <c>devices</c>: Teltonika trackers over TCP against a loopback Api — many idle connections after their handshake,
/// and a few devices sending Codec 8 at a target total record rate — reporting acknowledged records/s and the
/// acknowledgement latency percentiles.
/// </summary>
public static class DevicesCommand
{
    private const double MaxDurationS = 600;
    private const int MaxIdle = 50_000;
    private const int MaxActive = 1_000;

    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var teltonika = new Option<string>("--teltonika") { Description = "Address:port of the Api's Teltonika listener.", DefaultValueFactory = _ => "127.0.0.1:5027" };
        var idle = new Option<int>("--idle") { Description = $"Connections that handshake and stay silent (at most {MaxIdle:N0}).", DefaultValueFactory = _ => 1000 };
        var active = new Option<int>("--active") { Description = $"Devices sending records, one vehicle each (at most {MaxActive:N0}).", DefaultValueFactory = _ => 10 };
        var rate = new Option<double>("--records-per-second") { Description = "Target records per second, all active devices together.", DefaultValueFactory = _ => 5000 };
        var perFrame = new Option<int>("--records-per-frame") { Description = $"Records in each Codec 8 frame (1–{TeltonikaFrameEncoder.MaxRecordsPerFrame}).", DefaultValueFactory = _ => 50 };
        var duration = new Option<double>("--duration") { Description = $"Seconds of sending (at most {MaxDurationS}).", DefaultValueFactory = _ => 30 };
        var first = new Option<int>("--first") { Description = "Number of the first vehicle and driver (VEH-nnnn, DRV-nnnn).", DefaultValueFactory = _ => 9001 };
        var firstDevice = new Option<int>("--first-device") { Description = "Number of the first device; IMEIs are derived from the numbers.", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the trips.", DefaultValueFactory = _ => 7 };
        var apiPid = new Option<int?>("--api-pid") { Description = "Process id of the Api, to report its resident memory (Linux)." };
        var command = new Command("devices", "Idle and active Teltonika TCP devices against a loopback Api, reporting acknowledged records/s and latency percentiles.")
        {
            teltonika, idle, active, rate, perFrame, duration, first, firstDevice, seed, apiPid,
        };
        // Devices authenticate by IMEI, so the device login the other commands take has no use here.
        command.Options.Add(api.Api);
        command.Options.Add(api.Admin);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new DeviceLoadSettings(parse.GetValue(idle), parse.GetValue(active), parse.GetValue(rate), parse.GetValue(perFrame), parse.GetValue(duration));
            Validate(settings, parse.GetValue(firstDevice));
            var baseAddress = api.LoopbackApi(parse);
            var server = LoopbackEndPoint(parse.GetValue(teltonika)!);

            var fleet = FleetPlan.Range(parse.GetValue(first), settings.ActiveDevices, parse.GetValue(seed));
            var imeis = Enumerable.Range(parse.GetValue(firstDevice), settings.IdleConnections + settings.ActiveDevices).Select(DeviceImei.For).ToList();
            // The active devices come first, one per vehicle; the idle ones are spread over the same vehicles.
            var assignments = imeis.Select((imei, n) => (imei, fleet[n % fleet.Count].VehicleId)).ToList();

            var registering = Stopwatch.StartNew();
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var client = await api.RegisterFleetAsync(http, parse, fleet, policyStart: null, cancellationToken);
            await DeviceRegistration.RegisterAsync(client, assignments, "teltonika", cancellationToken);
            var registrationS = registering.Elapsed.TotalSeconds;
            Console.WriteLine($"Registered {fleet.Count} vehicles and {imeis.Count:N0} devices in {registrationS:F1} s.");

            // Timestamps a week back leave hours of room for the repeated trips before they would reach the present.
            var start = DateTimeOffset.UtcNow.AddDays(-7);
            var streams = fleet.Select((m, i) => (imeis[i], new VehicleEventStream(m.VehicleId,
                new TripGenerator(new Random(StableSeed.Of(parse.GetValue(seed), m.VehicleId))).Generate(m.Profile, start, m.HomeLatitude, m.HomeLongitude, legs: 8), start))).ToList();
            var run = new DeviceLoadRun(server, settings, parse.GetValue(apiPid));
            var result = await run.RunAsync(imeis[settings.ActiveDevices..], streams, registrationS, cancellationToken);
            foreach (var line in DeviceLoadReport.Lines(result))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }

    private static void Validate(DeviceLoadSettings s, int firstDevice)
    {
        if (s.DurationS is <= 0 or > MaxDurationS || s.IdleConnections is < 0 or > MaxIdle || s.ActiveDevices is < 1 or > MaxActive
            || s.RecordsPerSecond <= 0 || s.RecordsPerFrame is < 1 or > TeltonikaFrameEncoder.MaxRecordsPerFrame
            || firstDevice < 0 || firstDevice + s.IdleConnections + s.ActiveDevices - 1 > DeviceImei.MaxDeviceNumber)
        {
            throw new ArgumentException(
                $"--duration must be above 0 and at most {MaxDurationS} s, --idle 0–{MaxIdle:N0}, --active 1–{MaxActive:N0}, --records-per-second above 0, " +
                $"--records-per-frame 1–{TeltonikaFrameEncoder.MaxRecordsPerFrame}, and device numbers at most {DeviceImei.MaxDeviceNumber:N0}.");
        }
    }

    private static IPEndPoint LoopbackEndPoint(string address) =>
        IPEndPoint.TryParse(address, out var endPoint) && IPAddress.IsLoopback(endPoint.Address)
            ? endPoint
            : throw new ArgumentException($"--teltonika {address} is not a loopback address:port; devices run against this machine only.");
}
