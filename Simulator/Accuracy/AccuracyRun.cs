using System.Net;
using Telematics.Drivers;
using Telematics.Simulator.Api;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Sensors;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// Drives the accuracy table end to end: every cell's driver, vehicle and device registered as admin, its trips sent
/// through the device's own protocol (JSON batches, OsmAnd positions, Codec 8 packets) to the Api's real ports, then the
/// trips the platform made and the driver's score read back through the API and set against the ground truth.
/// </summary>
public sealed class AccuracyRun(TelematicsApiClient admin, TelematicsApiClient device, HttpClient devices, Uri osmAnd, EndPoint teltonika, AccuracySettings settings)
{
    private static readonly TimeSpan BatchSpan = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(3);

    /// <summary>Longer than the platform's default reorder window (2 min), during which a closing trip waits in real time.</summary>
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(150);

    /// <summary>The same rating variables for every cell, so that categories differ by driving alone.</summary>
    private static readonly RatingVariables Rating = new(45, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 750, Region.Urban, 6_500, 15, 35);

    public async Task<IReadOnlyList<AccuracyResult>> RunAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var home = FleetPlan.Create(1, settings.Seed)[0];
        var zone = home.TimeZone;
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone)).AddDays(-1);
        var drives = DrivingProfile.BuiltIn.ToDictionary(p => p, p => ProfileDrives.Drive(p, home, settings, zone, lastDay));
        foreach (var (profile, trips) in drives)
        {
            await log.WriteLineAsync($"{profile.Name}: {trips.Count} trips, {trips.Sum(t => t.Drive.DistanceM) / 1609.344:N0} miles, {trips.Sum(t => t.Drive.Episodes.Count)} harsh episodes");
        }

        var cells = Cells(home);
        var policyStart = DateTimeOffset.UtcNow.AddDays(-(settings.Days + 2));
        await FleetRegistration.RegisterAsync(admin, cells.Select(c => c.Member), policyStart, cancellationToken);
        await DeviceRegistration.RegisterAsync(admin, cells.Where(c => c.Device.Protocol == DeviceProtocol.OsmAnd).Select(c => (OsmAndQuery.DeviceIdOf(c.Member.VehicleId), c.Member.VehicleId)), "osmand", cancellationToken);
        var imeis = cells.Where(c => c.Device.Protocol == DeviceProtocol.Teltonika).ToDictionary(c => c.Member.VehicleId, c => DeviceImei.For(c.Member.Number));
        await DeviceRegistration.RegisterAsync(admin, imeis.Select(i => (i.Value, i.Key)), "teltonika", cancellationToken);

        await using var teltonikaSink = new TeltonikaBatchSink(teltonika, imeis);
        var sinks = new Dictionary<DeviceProtocol, IBatchSink>
        {
            [DeviceProtocol.Batch] = new ApiBatchSink(device),
            [DeviceProtocol.OsmAnd] = new OsmAndBatchSink(devices, osmAnd),
            [DeviceProtocol.Teltonika] = teltonikaSink,
        };
        var sent = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken }, async (cell, ct) =>
        {
            await SendAsync(cell, drives[cell.Profile], sinks[cell.Device.Protocol], ct);
            await log.WriteLineAsync($"{clock.Elapsed:mm\\:ss} sent {Interlocked.Increment(ref sent)} of {cells.Count}: {cell.Profile.Name}, {cell.Device.Name}, {cell.Interval}, {cell.Arrival}");
        });

        var results = new AccuracyResult[cells.Count];
        // Every cell waits out its quiet period at once, not a processor's worth at a time.
        await Parallel.ForEachAsync(Enumerable.Range(0, cells.Count), new ParallelOptions { MaxDegreeOfParallelism = cells.Count, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var trips = await SettledTripsAsync(cells[i], drives[cells[i].Profile].Count, ct);
            results[i] = new AccuracyResult(cells[i], Recover(drives[cells[i].Profile], trips), await admin.GetScoreAsync(cells[i].Member.DriverId, ct));
        });
        return results;
    }

    private List<AccuracyCell> Cells(FleetMember home)
    {
        var cells = new List<AccuracyCell>();
        foreach (var profile in DrivingProfile.BuiltIn)
        {
            foreach (var kind in DeviceKind.All)
            {
                var own = kind.MinIntervalS == kind.MaxIntervalS && settings.IntervalsS.Contains(kind.MinIntervalS) ? [] : new double?[] { null };
                foreach (var interval in own.Concat(settings.IntervalsS.Select(s => (double?)s)))
                {
                    foreach (var shuffled in new[] { false, true })
                    {
                        var n = settings.First + cells.Count;
                        var member = home with { DriverId = $"DRV-{n:D4}", VehicleId = $"VEH-{n:D4}", Name = $"{profile.Name} {kind.Name}", Profile = profile, Rating = Rating, Number = n };
                        cells.Add(new AccuracyCell(profile, kind, interval, shuffled, member));
                    }
                }
            }
        }

        return cells;
    }

    private async Task SendAsync(AccuracyCell cell, IReadOnlyList<DrivenTrip> trips, IBatchSink sink, CancellationToken cancellationToken)
    {
        // The device's noise depends on the profile, kind and interval, not on the arrival, so the two arrivals differ in order alone.
        var noise = new Random(StableSeed.Of(settings.Seed, $"{cell.Profile.Name}|{cell.Device.Name}|{cell.Interval}"));
        var arrival = new Random(StableSeed.Of(settings.Seed, cell.Member.VehicleId));
        foreach (var trip in trips)
        {
            var events = cell.Device.Record(trip.Drive, trip.Start, trip.Projection, cell.IntervalS, noise);
            foreach (var batch in BatchArrival.Batches(events, BatchSpan, cell.Shuffled, arrival))
            {
                await sink.WriteAsync(new EventBatch(cell.Member.VehicleId, batch), cancellationToken);
            }
        }
    }

    /// <summary>
    /// The driver's trips once none is in progress and their number has not changed for <see cref="QuietPeriod"/>, or
    /// when <see cref="AccuracySettings.Settle"/> runs out.
    /// </summary>
    /// <remarks>
    /// The trips API lists the trips the driver has counted; on a loaded machine completions reach the driver minutes
    /// after the last fix was acknowledged, and a count that held for one poll was read while most trips were still on
    /// their way: 2 of 118 trips on a loaded machine, 118 of 118 in the next run of the same drives.
    /// </remarks>
    private async Task<IReadOnlyList<PlatformTrip>> SettledTripsAsync(AccuracyCell cell, int driven, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + settings.Settle;
        IReadOnlyList<PlatformTrip> previous = [];
        var unchangedSince = DateTimeOffset.UtcNow;
        while (true)
        {
            var trips = await admin.GetTripsAsync(cell.Member.DriverId, Math.Min(1000, driven * 4), cancellationToken);
            unchangedSince = trips.Count == previous.Count ? unchangedSince : DateTimeOffset.UtcNow;
            var settled = trips.Count > 0 && DateTimeOffset.UtcNow - unchangedSince >= QuietPeriod && trips.All(t => t.Status == "Completed");
            if (settled || DateTimeOffset.UtcNow > deadline)
            {
                return trips;
            }

            previous = trips;
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Each driven trip against the platform's trips that started within it.</summary>
    private static HarshRecovery Recover(IReadOnlyList<DrivenTrip> driven, IReadOnlyList<PlatformTrip> found)
    {
        var recovery = new HarshRecovery();
        var features = found.Where(t => t.Features is not null).Select(t => t.Features!).ToList();
        foreach (var trip in driven)
        {
            var within = features.Where(f => f.StartedAt >= trip.Start.AddSeconds(-1) && f.StartedAt <= trip.End).ToList();
            recovery.Add(trip.Drive, ObservedTrip.Sum(within));
        }

        return recovery;
    }
}
