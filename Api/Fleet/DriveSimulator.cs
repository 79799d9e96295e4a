using System.Collections.Concurrent;
using Telematics.Api.Admin;
using Telematics.Drivers;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Telemetry;
using Telematics.Vehicles;

namespace Telematics.Api.Fleet;

/// <summary>
/// Drives simulated trips on request, in process, with the built-in fleet's library: a <see cref="TripGenerator"/> trip
/// whose fixes go to the vehicle grain as their timestamps pass (<see cref="RealTimeDriver.SendAsTimePassesAsync"/>), the
/// path every ingestion port takes, so the trip is segmented, shown live, scored and priced as a device's would be.
/// </summary>
/// <remarks>
/// Each driver's trips are driven in a vehicle of the simulator's own (<see cref="VehicleOf"/>), registered to the
/// driver on first use: the built-in fleet keeps the driver's own vehicle driving, and fixes of two trips at once in one
/// vehicle would make one trip of both. One simulated trip per driver at a time, on this node.
/// </remarks>
public sealed class DriveSimulator(
    RegistrationService registrations,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DriveSimulator> logger)
{
    private readonly ConcurrentDictionary<string, SimulatedTripRun> _underWay = new();

    public static string VehicleOf(string driverId) => $"{driverId}-SIM";

    /// <summary>The driver's simulated trip under way, if any.</summary>
    public SimulatedTripRun? UnderWay(string driverId) => _underWay.GetValueOrDefault(driverId);

    /// <summary>
    /// Starts the trip: its first fix is recorded before this returns, which names the trip; the rest follow in the
    /// background. Throws <see cref="DriverNotRegisteredException"/>, <see cref="SimulatedTripUnderWayException"/>, or
    /// <see cref="Ids.AlreadyRegisteredException"/> when the simulator's vehicle id is another driver's vehicle.
    /// </summary>
    public async Task<SimulatedTripRun> StartAsync(string driverId, DrivingProfile profile, int legs)
    {
        var vehicleId = VehicleOf(driverId);
        var placeholder = new SimulatedTripRun("", vehicleId, driverId, profile.Name, time.GetUtcNow(), time.GetUtcNow(), 0, 0);
        if (!_underWay.TryAdd(driverId, placeholder))
        {
            throw new SimulatedTripUnderWayException(_underWay[driverId]);
        }

        try
        {
            await registrations.RegisterVehicleAsync(vehicleId, driverId);
            var zone = (await grains.GetGrainByKey<IDriverGrain>(driverId).GetProfileAsync())?.TimeZoneId;
            var home = HomeCity.All.FirstOrDefault(c => c.TimeZoneId == zone) ?? HomeCity.All[0];
            var random = new Random();
            var trip = new TripGenerator(random).Generate(
                profile, time.GetUtcNow(), home.Latitude + random.NextDouble() * 0.15, home.Longitude + random.NextDouble() * 0.2, legs);
            var vehicle = grains.GetGrainByKey<IVehicleGrain>(vehicleId);
            await vehicle.RecordEventsAsync([trip.Events[0]]);
            var run = new SimulatedTripRun(
                await vehicle.GetCurrentTripIdAsync() ?? "", vehicleId, driverId, profile.Name, trip.Events[0].Timestamp, trip.Events[^1].Timestamp,
                trip.Events.Count, trip.DistanceM);
            _underWay[driverId] = run;
            _ = DriveAsync(run, trip.Events.Skip(1).ToList());
            return run;
        }
        catch
        {
            _underWay.TryRemove(driverId, out _);
            throw;
        }
    }

    private async Task DriveAsync(SimulatedTripRun run, IReadOnlyList<TelematicsEvent> rest)
    {
        try
        {
            await Task.Yield();
            await RealTimeDriver.SendAsTimePassesAsync(run.VehicleId, rest, VehicleSink.Of(grains), time, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // A demo's trip must not take the node down; the trip ends by itself when its fixes stop (idle timeout).
            logger.LogError(ex, "Simulated trip {TripId} stopped before its end", run.TripId);
        }
        catch (OperationCanceledException)
        {
            // The node is stopping.
        }
        finally
        {
            _underWay.TryRemove(run.DriverId, out _);
        }
    }
}
