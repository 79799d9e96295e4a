using System.CommandLine;
using System.Globalization;
using Telematics.Simulator.Accuracy;
using Telematics.Simulator.Api;

namespace Telematics.Simulator.Commands;

/// <summary>
/// <c>accuracy</c>: the feature-accuracy table. Safe, average and risky drives recorded by a phone, a basic tracker and a
/// telematics box at several fix intervals, delivered in order and shuffled through each device's protocol to a
/// loopback Api, and the platform's harsh events, distance and score category set against the ground truth.
/// </summary>
public static class AccuracyCommand
{
    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var osmAnd = new Option<string>("--osmand") { Description = "The Api's OsmAnd address, for the phones.", DefaultValueFactory = _ => "http://127.0.0.1:5055" };
        var teltonika = new Option<string>("--teltonika") { Description = "The Api's Teltonika host:port, for the trackers.", DefaultValueFactory = _ => "127.0.0.1:5027" };
        var miles = new Option<double>("--miles") { Description = "Miles each profile drives (500 gives the telematics score full weight).", DefaultValueFactory = _ => 520 };
        var days = new Option<int>("--days") { Description = "Days back the trips are spread over.", DefaultValueFactory = _ => 28 };
        var intervals = new Option<string>("--intervals") { Description = "Fix intervals in seconds, comma-separated; each device kind also runs at its own.", DefaultValueFactory = _ => "1,5,10,30" };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 2026 };
        var first = new Option<int>("--first") { Description = "Number of the first driver and vehicle (DRV-nnnn, VEH-nnnn).", DefaultValueFactory = _ => 7001 };
        var parallelism = new Option<int>("--parallelism") { Description = "Cells sent at once.", DefaultValueFactory = _ => 4 };
        var settle = new Option<int>("--settle") { Description = "Seconds to wait for the platform to complete the trips of each driver.", DefaultValueFactory = _ => 600 };
        var output = new Option<FileInfo?>("--out") { Description = "Write the table to this file as well as to the console." };
        var command = new Command("accuracy", "Measure the platform's harsh events, distance and category against the ground truth, by device kind, interval and arrival order.")
        {
            osmAnd, teltonika, miles, days, intervals, seed, first, parallelism, settle, output,
        };
        api.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new AccuracySettings(
                parse.GetValue(miles), parse.GetValue(days),
                [.. parse.GetValue(intervals)!.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))],
                parse.GetValue(seed), parse.GetValue(first), parse.GetValue(parallelism), TimeSpan.FromSeconds(parse.GetValue(settle)));
            var baseAddress = api.LoopbackApi(parse);
            using var adminHttp = new HttpClient { BaseAddress = baseAddress };
            using var deviceHttp = new HttpClient { BaseAddress = baseAddress };
            using var devices = new HttpClient();
            var admin = new TelematicsApiClient(adminHttp);
            await admin.LoginAsync(api.AdminLogin(parse), cancellationToken);
            var device = new TelematicsApiClient(deviceHttp);
            await device.LoginAsync(api.DeviceLogin(parse), cancellationToken);
            var run = new AccuracyRun(admin, device, devices, OutputOptions.OsmAndAddress(parse.GetValue(osmAnd)!), OutputOptions.TeltonikaAddress(parse.GetValue(teltonika)!), settings);
            var table = AccuracyReport.ToMarkdown(await run.RunAsync(Console.Out, cancellationToken));
            Console.WriteLine();
            Console.WriteLine(table);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, table, cancellationToken);
            }

            return 0;
        });
        return command;
    }
}
