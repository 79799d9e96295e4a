using Telematics.Simulator.Fleet;
using Telematics.Vehicles;

namespace Telematics.Api.Fleet;

/// <summary>Where in-process simulations send their fixes: the vehicle grain, which every ingestion port records through.</summary>
public static class VehicleSink
{
    public static RealTimeDriver.SendEvents Of(IGrainFactory grains) =>
        async (vehicleId, events, _) => await grains.GetGrainByKey<IVehicleGrain>(vehicleId).RecordEventsAsync(events);
}
