using System.CommandLine;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Load;

namespace Telematics.Simulator.Commands;

/// <summary>
/// <c>load</c>: open-loop load on a loopback API at a target event rate, for a bounded time, with the latency
/// percentiles of the acknowledgements (and of score reads alongside), as a markdown table row.
/// </summary>
public static class LoadCommand
{
    private const double MaxDurationS = 600;

    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var fleetOptions = new FleetCommandOptions(defaultCount: 200, defaultFirst: 5001);
        var rate = new Option<double>("--rate") { Description = "Target events per second (0: score reads only).", DefaultValueFactory = _ => 10_000 };
        var batchSize = new Option<int>("--batch-size") { Description = "Events per request.", DefaultValueFactory = _ => 1000 };
        var duration = new Option<double>("--duration") { Description = $"Measured seconds (at most {MaxDurationS}).", DefaultValueFactory = _ => 20 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of the same load before measuring.", DefaultValueFactory = _ => 5 };
        var readRate = new Option<double>("--read-rate") { Description = "GET /api/v1/risk/{id}/score requests per second alongside (0: none).", DefaultValueFactory = _ => 0 };
        var connections = new Option<int>("--connections") { Description = "Most HTTP connections to the API.", DefaultValueFactory = _ => 64 };
        var scenario = new Option<string>("--scenario") { Description = "Name of the run in the report.", DefaultValueFactory = _ => "load" };
        var report = new Option<FileInfo?>("--report") { Description = "Append the result row to this markdown file (a new file starts with the table header)." };
        var command = new Command("load", "Open-loop load at a target events/s against a loopback API, reporting acknowledgement latency percentiles.")
        {
            rate, batchSize, duration, warmup, readRate, connections, scenario, report,
        };
        api.AddTo(command);
        fleetOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new LoadSettings(parse.GetValue(rate), parse.GetValue(batchSize), parse.GetValue(warmup), parse.GetValue(duration), parse.GetValue(readRate));
            if (settings.DurationS is <= 0 or > MaxDurationS || settings.BatchSize <= 0
                || settings.EventsPerSecond < 0 || settings.ReadsPerSecond < 0 || settings.EventsPerSecond + settings.ReadsPerSecond <= 0)
            {
                throw new ArgumentException($"--duration must be above 0 and at most {MaxDurationS} s; --batch-size above 0; --rate and --read-rate at least 0, and one of them above 0.");
            }

            var baseAddress = api.LoopbackApi(parse);
            var fleet = fleetOptions.Fleet(parse);
            using var device = Http(baseAddress, parse.GetValue(connections));
            using var admin = Http(baseAddress, parse.GetValue(connections));
            var devices = await api.ConnectFleetAsync(device, parse, fleet, policyStart: null, cancellationToken);
            await new Api.TelematicsApiClient(admin).LoginAsync(api.AdminLogin(parse), cancellationToken);

            // Timestamps a week back leave hours of room for repeats before they would reach the present.
            var start = DateTimeOffset.UtcNow.AddDays(-7);
            var streams = fleet.Select(m => new VehicleEventStream(m.VehicleId, fleetOptions.Generator(parse, m).Generate(m.Profile, start, m.HomeLatitude, m.HomeLongitude, legs: 8), start)).ToList();
            Console.WriteLine($"Load: {settings.EventsPerSecond:N0} events/s in batches of {settings.BatchSize} over {fleet.Count} vehicles, {settings.ReadsPerSecond:N0} score reads/s, {settings.WarmupS} s warm-up + {settings.DurationS} s against {baseAddress}.");
            var result = await new LoadRun(device, admin, streams, [.. fleet.Select(m => m.DriverId)], settings, devices.VehicleTokens).RunAsync(cancellationToken);

            var row = LoadReport.Row(parse.GetValue(scenario)!, result);
            Console.WriteLine(LoadReport.Header);
            Console.WriteLine(row);
            if (parse.GetValue(report) is { } file)
            {
                await File.AppendAllTextAsync(file.FullName, (file.Exists ? "" : LoadReport.Header + "\n") + row + "\n", cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static HttpClient Http(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
