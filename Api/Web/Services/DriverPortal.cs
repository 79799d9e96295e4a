using Telematics.Archive;
using Telematics.Drivers;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The driver pages' reads, from the same grains and stores the JSON API reads (<see cref="IDriverGrain"/>,
/// <see cref="ITripGrain"/>, the event archive): the pages never call the API over HTTP. Each answer is null for a
/// driver who is not registered, or a trip that is not the driver's.
/// </summary>
public sealed class DriverPortal(IGrainFactory grains, IEventArchive archive, RecentRoutes recentRoutes, PremiumWhatIf whatIf)
{
    public const int OverviewTrips = 5;

    /// <summary>The advisor's factors: the three that cost the driver most.</summary>
    public const int AdvisorFactors = 3;

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

    public async Task<TripPage?> TripsAsync(string driverId, TripCursor? before, int limit)
    {
        var driver = Driver(driverId);
        return await driver.GetProfileAsync() is null ? null : await driver.GetTripsAsync(before, limit);
    }

    /// <summary>
    /// A trip of this driver's with its route from the event archive, or where it keeps none, from <see cref="RecentRoutes"/>;
    /// another driver's trip is answered as none.
    /// </summary>
    public async Task<(TripSummary Trip, TripRoute Route)?> TripAsync(string driverId, string tripId, CancellationToken cancellationToken)
    {
        var trip = await grains.GetGrainByKey<ITripGrain>(tripId).GetSummaryAsync();
        if (trip.Status == TripStatus.NotStarted || trip.DriverId != driverId)
        {
            return null;
        }

        var fixes = await archive.ReadTripAsync(tripId, cancellationToken);
        return (trip, TripRoute.Of(fixes.Count > 0 ? fixes : recentRoutes.Read(tripId)));
    }

    public async Task<DriverPricing?> PricingAsync(string driverId)
    {
        var driver = Driver(driverId);
        if (await driver.GetProfileAsync() is not { } profile)
        {
            return null;
        }

        var premium = await driver.GetPremiumAsync();
        var explanation = await driver.ExplainAsync(AdvisorFactors);
        return new DriverPricing(profile, premium, explanation, whatIf.Price(profile, premium?.ModelVersion, WhatIfScenario.All));
    }

    public async Task<(DriverProfile Profile, DriverStatistics? Statistics, IReadOnlyList<RiskScore> History)?> BehaviourAsync(string driverId)
    {
        var driver = Driver(driverId);
        if (await driver.GetProfileAsync() is not { } profile)
        {
            return null;
        }

        return (profile, await driver.GetStatisticsAsync(), await driver.GetScoreHistoryAsync());
    }

    public async Task<IReadOnlyList<DriverNotification>?> NotificationsAsync(string driverId, int limit)
    {
        var driver = Driver(driverId);
        return await driver.GetProfileAsync() is null ? null : await driver.GetNotificationsAsync(limit);
    }

    /// <summary>The rewards of the driver's last <see cref="RewardTrips"/> trips (the trip store pages them newest first).</summary>
    public async Task<DriverRewards?> RewardsAsync(string driverId)
    {
        var driver = Driver(driverId);
        return await driver.GetProfileAsync() is null ? null : DriverRewards.Of((await driver.GetTripsAsync(null, RewardTrips)).Items);
    }

    public const int RewardTrips = 500;
}
