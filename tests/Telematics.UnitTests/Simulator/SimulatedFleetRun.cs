using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Telematics.Trips;
using Telematics.UnitTests.Trips;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// Drives one profile for a number of trips and runs each through the platform's cleaning and feature
/// extraction, totalling what the simulator drove against what the platform recovered.
/// </summary>
internal sealed record SimulatedFleetRun(HarshEventCounts Truth, HarshEventCounts Recovered, double Miles)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 14, 0, 0, TimeSpan.Zero);

    public static SimulatedFleetRun Drive(DrivingProfile profile, int trips, double sampleHz, SensorOptions sensors, int seed = 2026)
    {
        var generator = new TripGenerator(new Random(seed), sampleHz, sensors);
        var truth = HarshEventCounts.None;
        var recovered = HarshEventCounts.None;
        var miles = 0.0;
        for (var i = 0; i < trips; i++)
        {
            var trip = generator.Generate(profile, Start.AddDays(i), 45.5, -73.6, legs: 12);
            var features = TripFeaturesOf.Events(trip.Events);
            truth += trip.Harsh;
            recovered += new HarshEventCounts(features.AccelerationCounts[0], features.BrakingCounts[0], features.LeftTurnCounts[0], features.RightTurnCounts[0]);
            miles += features.DistanceMiles;
        }

        return new SimulatedFleetRun(truth, recovered, miles);
    }

    /// <summary>Harsh events of every class per 1,000 miles, as the platform measured them.</summary>
    public double RecoveredPerThousandMiles => (Recovered.Accelerations + Recovered.Brakings + Recovered.Turns) * 1000 / Miles;
}
