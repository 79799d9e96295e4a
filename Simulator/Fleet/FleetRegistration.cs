using Telematics.Simulator.Api;

namespace Telematics.Simulator.Fleet;

/// <summary>Registers a fleet's drivers and vehicles through the admin API; registering again is harmless.</summary>
public static class FleetRegistration
{
    public static async Task RegisterAsync(TelematicsApiClient client, IEnumerable<FleetMember> fleet, CancellationToken cancellationToken)
    {
        foreach (var member in fleet)
        {
            await client.RegisterDriverAsync(member.DriverId, member.Name, member.Rating, null, cancellationToken);
            await client.RegisterVehicleAsync(member.VehicleId, member.DriverId, cancellationToken);
        }
    }
}
