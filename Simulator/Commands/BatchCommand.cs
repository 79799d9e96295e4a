using System.CommandLine;
using System.Diagnostics;
using Telematics.Simulator.Api;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary>
/// <c>batch</c>: drives N vehicles × M trips spread over past days as fast as the machine allows, to the API (event
/// batches, OsmAnd positions or Teltonika packets) or to a JSON-lines file, and prints the ground truth it drove.
/// </summary>
public static class BatchCommand
{
    public static Command Create()
    {
        var api = new ApiCommandOptions();
        var outputOptions = new OutputOptions(api);
        var fleetOptions = new FleetCommandOptions(defaultCount: 30, defaultFirst: 1001);
        var trips = new Option<int>("--trips") { Description = "Trips per vehicle.", DefaultValueFactory = _ => 10 };
        var days = new Option<int>("--days") { Description = "Trips are spread over this many days up to yesterday.", DefaultValueFactory = _ => 90 };
        var output = new Option<FileInfo?>("--out") { Description = "Write the batches to this JSON-lines file instead of posting them to the API." };
        var batchSize = new Option<int>("--batch-size") { Description = "Events per batch.", DefaultValueFactory = _ => 1000 };
        var parallelism = new Option<int>("--parallelism") { Description = "Vehicles generated and sent at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("batch", "Generate N vehicles × M trips as fast as possible, to the API or to a JSON-lines file.")
        {
            trips, days, output, batchSize, parallelism,
        };
        api.AddTo(command);
        outputOptions.AddTo(command);
        fleetOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fleet = fleetOptions.Fleet(parse);
            var file = parse.GetValue(output);
            using var http = new HttpClient { BaseAddress = api.BaseAddress(parse) };
            using var devices = new HttpClient();
            await using var stream = file?.Create();
            // The policies begin before the earliest day a trip may fall on, so that every trip driven counts.
            var policyStart = DateTimeOffset.UtcNow.AddDays(-(parse.GetValue(days) + 2));
            await using IBatchSink sink = stream is not null ? new JsonLinesBatchSink(stream) : await outputOptions.ConnectAsync(http, devices, parse, fleet, policyStart, cancellationToken);
            var tally = new GroundTruthTally();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(fleet, new ParallelOptions { MaxDegreeOfParallelism = parse.GetValue(parallelism), CancellationToken = cancellationToken }, async (member, ct) =>
            {
                var zone = member.TimeZone;
                var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone)).AddDays(-1);
                var generator = fleetOptions.Generator(parse, member);
                var random = new Random(StableSeed.Of(parse.GetValue(fleetOptions.Seed), member.DriverId));
                var previousEnd = DateTimeOffset.MinValue;
                foreach (var day in Enumerable.Range(0, parse.GetValue(trips)).Select(_ => random.Next(parse.GetValue(days))).OrderDescending())
                {
                    // A vehicle's trips never overlap: the platform counts events before its last trip's end as resends.
                    var start = TripCalendar.StartOn(lastDay.AddDays(-day), member.Profile, zone, random);
                    start = start > previousEnd ? start : previousEnd.AddMinutes(20);
                    var trip = generator.Generate(member.Profile, start, member.HomeLatitude, member.HomeLongitude, legs: 4 + random.Next(13));
                    previousEnd = trip.Events[^1].Timestamp;
                    foreach (var chunk in trip.Events.Chunk(parse.GetValue(batchSize)))
                    {
                        await sink.WriteAsync(new EventBatch(member.VehicleId, chunk), ct);
                    }

                    tally.Add(member.Profile, trip);
                }
            });

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{fleet.Count} vehicles × {parse.GetValue(trips)} trips: {tally.Events:N0} events in {seconds:F1} s ({tally.Events / seconds:N0} events/s) to {(file is null ? outputOptions.Destination(parse) : file.FullName)}.");
            Console.WriteLine();
            Console.WriteLine(tally.ToMarkdown());
            return 0;
        });
        return command;
    }
}
