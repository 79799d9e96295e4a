using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

/// <summary>Registers a fleet's drivers and vehicles through the admin API; registering again is harmless.</summary>
public static class FleetRegistration
{
    /// <param name="policyStart">When the drivers' policies began: before their first trip, or those trips would not count.
    /// Null for now.</param>
    public static async Task RegisterAsync(TelematicsApiClient client, IEnumerable<FleetMember> fleet, DateTimeOffset? policyStart, CancellationToken cancellationToken)
    {
        foreach (var member in fleet)
        {
            await client.RegisterDriverAsync(member.DriverId, member.Name, member.Rating, policyStart, member.TimeZoneId, cancellationToken);
            await client.RegisterVehicleAsync(member.VehicleId, member.DriverId, cancellationToken);
        }
    }
}
