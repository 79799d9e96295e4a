using Telematics.Drivers;
using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The driver pages' reads, from the same grains the JSON API reads (<see cref="IDriverGrain"/>, <see cref="ITripGrain"/>):
/// the pages never call the API over HTTP. Each answer is null for a driver who is not registered.
/// </summary>
public sealed class DriverPortal(IGrainFactory grains)
{
    public const int OverviewTrips = 5;

    public IDriverGrain Driver(string driverId) => grains.GetGrainByKey<IDriverGrain>(driverId);

    public async Task<DriverOverview?> OverviewAsync(string driverId)
    {
        var driver = Driver(driverId);
        if (await driver.GetProfileAsync() is not { } profile)
        {
            return null;
        }

        var score = driver.GetRiskScoreAsync();
        var history = driver.GetScoreHistoryAsync();
        var premium = driver.GetPremiumAsync();
        var trips = driver.GetTripsAsync(null, OverviewTrips);
        return new DriverOverview(profile, await score, await history, await premium, (await trips).Items);
    }
}
