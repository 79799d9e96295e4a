using Telematics.Drivers;
using Telematics.Risk;
using Telematics.Simulator.Driving;
using Telematics.Vehicles;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>
/// The simulator's profiles through the real pipeline: vehicle, trip and driver grains, features, risk model.
/// Two drivers with the same rating variables drive the same number of simulated trips; only their habits differ.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SimulatedDriverScoringTests(ClusterFixture fixture)
{
    private const int Trips = 12;
    private static readonly TimeSpan ScoringTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_risky_simulated_driver_scores_a_higher_expected_frequency_than_a_safe_one()
    {
        var safe = await DriveAsync("DRV-SIM-SAFE", "VEH-SIM-SAFE", DrivingProfile.Safe);
        var risky = await DriveAsync("DRV-SIM-RISKY", "VEH-SIM-RISKY", DrivingProfile.Risky);

        Assert.True(risky.ExpectedClaimFrequency > safe.ExpectedClaimFrequency,
            $"risky {risky.ExpectedClaimFrequency} should exceed safe {safe.ExpectedClaimFrequency}");
    }

    private async Task<RiskScore> DriveAsync(string driverId, string vehicleId, DrivingProfile profile)
    {
        var driver = fixture.Client.GetGrain<IDriverGrain>(driverId);
        await driver.RegisterAsync(TestData.Registration(profile.Name));
        var vehicle = fixture.Client.GetGrain<IVehicleGrain>(vehicleId);
        await vehicle.RegisterAsync(driverId);

        var generator = new TripGenerator(new Random(2026));
        var start = DateTimeOffset.UtcNow.Date.AddDays(-Trips);
        for (var day = 0; day < Trips; day++)
        {
            var trip = generator.Generate(profile, new DateTimeOffset(start.AddDays(day).AddHours(14), TimeSpan.Zero), 45.5, -73.6, legs: 12);
            await vehicle.RecordEventsAsync(trip.Events);
            await vehicle.EndCurrentTripAsync();
        }

        // Scoring follows each trip's end asynchronously; wait until the driver has seen them all.
        var deadline = DateTime.UtcNow + ScoringTimeout;
        while ((await driver.GetProfileAsync())!.TripCount < Trips && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(Trips, (await driver.GetProfileAsync())!.TripCount);
        return (await driver.GetRiskScoreAsync())!;
    }
}
