using Telematics.Simulator.Driving;
using Telematics.Simulator.Load;

namespace Telematics.UnitTests.Simulator;

public sealed class VehicleEventStreamTests
{
    [Fact]
    public void Repeats_of_the_trip_start_later_so_the_platform_never_sees_a_resend()
    {
        var start = new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);
        var trip = new TripGenerator(new Random(3)).Generate(DrivingProfile.Average, start, 45.5, -73.6, legs: 2);
        var stream = new VehicleEventStream("VEH-0001", trip, start.AddDays(1));

        var events = Enumerable.Range(0, 5).SelectMany(_ => stream.Take(trip.Events.Count * 3 / 4)).ToList();

        Assert.Equal(start.AddDays(1), events[0].Timestamp);
        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.Second.Timestamp > pair.First.Timestamp));
    }
}
