namespace Telematics.UnitTests.Trips;

/// <summary>One-second readings that peak above both neighbours are spread inside their second before episodes are timed.</summary>
public sealed class IntervalShapeTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 30, 0, TimeSpan.Zero);

    private static TripBuilder Readings(params double[] brakingMps2)
    {
        var trip = new TripBuilder(Start).Cruise(20, 10);
        foreach (var reading in brakingMps2)
        {
            trip.Cruise(20, 1, accelLong: -reading);
        }

        return trip.Cruise(20, 10);
    }

    [Fact]
    public void A_jolt_whose_one_second_mean_is_just_under_the_threshold_counts_when_it_peaks_above_both_neighbours()
    {
        // 2.66 m/s² is 5.95 mph/s; between 2.3 and 1.0 the parabola spends 0.6 s above 6 mph/s.
        Assert.Equal([1, 0, 0, 0, 0, 0], TripFeaturesOf.Events(Readings(2.3, 2.66, 1.0).Build()).BrakingCounts);
    }

    [Fact]
    public void A_plateau_just_under_the_threshold_is_not_shaped_into_one()
    {
        Assert.Equal([0, 0, 0, 0, 0, 0], TripFeaturesOf.Events(Readings(2.66, 2.66, 2.66).Build()).BrakingCounts);
        Assert.Equal([0, 0, 0, 0, 0, 0], TripFeaturesOf.Events(Readings(2.3, 2.66, 2.6).Build()).BrakingCounts);
    }

    [Fact]
    public void A_plateaus_edge_does_not_overshoot_into_a_higher_class()
    {
        // 3.9 m/s² is 8.7 mph/s; a parabola through 0, 3.9, 3.9 would reach 4.5 (10 mph/s) at the edge.
        Assert.Equal([1, 1, 0, 0, 0, 0], TripFeaturesOf.Events(Readings(3.9, 3.9, 3.9).Build()).BrakingCounts);
    }

    [Fact]
    public void At_10_Hz_readings_are_not_shaped()
    {
        var trip = new TripBuilder(Start).Cruise(20, 10, hz: 10).Cruise(20, 0.4, hz: 10, accelLong: -2.66).Cruise(20, 0.6, hz: 10, accelLong: -1)
            .Cruise(20, 10, hz: 10);

        Assert.Equal(0, TripFeaturesOf.Events(trip.Build()).HarshBrakings);
    }
}
