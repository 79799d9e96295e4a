using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Vehicles;

/// <summary>A vehicle (key: vehicle id). Routes its device's events to the vehicle's current trip.</summary>
[Alias("telematics.IVehicleGrain")]
public interface IVehicleGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the vehicle to a driver, whose IANA zone (null: the configured one) its trips' local-time features use;
    /// again to the same driver it only takes the zone, to another it throws <see cref="Ids.AlreadyRegisteredException"/>.
    /// </summary>
    [Alias("Register")]
    Task RegisterAsync(string driverId, string? timeZoneId = null);

    [Alias("GetDriverId")]
    Task<string?> GetDriverIdAsync();

    /// <summary>The trip the vehicle's fixes go to now; null between trips.</summary>
    [Alias("GetCurrentTripId")]
    Task<string?> GetCurrentTripIdAsync();

    /// <summary>Records a batch of validated events. Throws <see cref="VehicleNotRegisteredException"/> for an unknown vehicle.</summary>
    [Alias("RecordEvents")]
    Task<IngestResult> RecordEventsAsync(IReadOnlyList<TelematicsEvent> events);

    /// <summary>Ends the current trip now; null when the vehicle has no trip in progress.</summary>
    [Alias("EndCurrentTrip")]
    Task<TripSummary?> EndCurrentTripAsync();
}
