using Microsoft.Extensions.Options;
using Telematics.Api.Admin;
using Telematics.Api.Auth;
using Telematics.Api.Insurance;
using Telematics.Drivers;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Telemetry;
using Telematics.Vehicles;

namespace Telematics.Api.Fleet;

/// <summary>
/// The embedded run's built-in fleet: registers the drivers and vehicles, replays a history of trips so that
/// every driver has a score at once, then drives short trips in real time so the dashboard keeps moving.
/// </summary>
public sealed class SimulatedFleetService(
    RegistrationService registrations,
    PolicyService policies,
    IGrainFactory grains,
    IOptions<FleetOptions> options,
    IOptions<AuthOptions> auth,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SimulatedFleetService> logger) : BackgroundService
{
    private const int BatchSize = 600;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunFleetAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A demo feature must not take the API down with it.
            logger.LogError(ex, "The simulated fleet stopped; the API goes on without it");
        }
    }

    private async Task RunFleetAsync(CancellationToken stoppingToken)
    {
        // Grains can be called only once the co-hosted silo has started.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var fleet = FleetPlan.Create(options.Value.Vehicles, options.Value.Seed);
        var now = time.GetUtcNow();
        foreach (var member in fleet)
        {
            await registrations.RegisterDriverAsync(member.DriverId, new DriverRegistration(member.Name, member.Rating, now.AddDays(-120), member.TimeZoneId), auth.Value.FleetDriverPassword);
            await registrations.RegisterVehicleAsync(member.VehicleId, member.DriverId);
            // Issued before the history is replayed, so that the replayed trips' premiums make the policy's history.
            await policies.IssueAsync($"POL-{member.DriverId}", member.DriverId, [member.VehicleId], now.AddDays(-120), now.AddDays(-120).AddYears(1));
        }

        await Task.WhenAll(fleet.Select(m => ReplayHistoryAsync(m, now, stoppingToken)));
        logger.LogInformation("Simulated fleet of {Count} vehicles registered with {Trips} past trips each; driving live now", fleet.Count, options.Value.HistoryTrips);
        await Task.WhenAll(fleet.Select(m => RealTimeDriver.DriveAsync(
            m, new TripGenerator(new Random(StableSeed.Of(options.Value.Seed + 1, m.VehicleId))), SendAsync, time, stoppingToken)));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private Task SendAsync(string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken) =>
        VehicleSink.Of(grains)(vehicleId, events, cancellationToken);

    private async Task ReplayHistoryAsync(FleetMember member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(StableSeed.Of(options.Value.Seed, member.VehicleId));
        var generator = new TripGenerator(random);
        var previousEnd = DateTimeOffset.MinValue;
        var zone = member.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now.UtcDateTime, zone));
        foreach (var daysAgo in Enumerable.Range(0, options.Value.HistoryTrips).Select(_ => random.Next(1, 90)).OrderDescending())
        {
            // Trips of one vehicle never overlap: a vehicle takes events before its last trip's end as resends or late fixes.
            var start = Max(TripCalendar.StartOn(today.AddDays(-daysAgo), member.Profile, zone, random), previousEnd.AddMinutes(30));
            var trip = generator.Generate(member.Profile, start, member.HomeLatitude, member.HomeLongitude, legs: 20 + random.Next(40));
            previousEnd = trip.Events[^1].Timestamp;
            foreach (var batch in trip.Events.Chunk(BatchSize))
            {
                await SendAsync(member.VehicleId, batch, cancellationToken);
            }

            // The history is sent whole and in order: nothing can arrive for the trip's reorder window to wait for.
            await grains.GetGrainByKey<IVehicleGrain>(member.VehicleId).EndCurrentTripAsync();
        }
    }
}
