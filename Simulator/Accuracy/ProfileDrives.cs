using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// A profile's drives for the accuracy table, simulated once at 10 Hz and recorded by every device kind: trips on the
/// days before today, started at the profile's usual hours (<see cref="TripCalendar"/>), until they add up to the miles asked.
/// </summary>
public static class ProfileDrives
{
    private const double SimulationHz = 10;
    private const double MetresPerMile = 1609.344;

    public static IReadOnlyList<DrivenTrip> Drive(DrivingProfile profile, FleetMember home, AccuracySettings settings, TimeZoneInfo zone, DateOnly lastDay)
    {
        var random = new Random(StableSeed.Of(settings.Seed, profile.Name));
        var generator = new TripGenerator(random, SimulationHz);
        var trips = new List<DrivenTrip>();
        var metres = 0.0;
        while (metres < settings.Miles * MetresPerMile)
        {
            var start = TripCalendar.StartOn(lastDay.AddDays(-random.Next(settings.Days)), profile, zone, random);
            var trip = generator.Drive(profile, start, home.HomeLatitude, home.HomeLongitude, legs: 4 + random.Next(13));
            trips.Add(trip);
            metres += trip.Drive.DistanceM;
        }

        // A vehicle's trips never overlap: the platform counts events before its last trip's end as resends.
        var ordered = trips.OrderBy(t => t.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var earliest = ordered[i - 1].End.AddMinutes(20);
            ordered[i] = ordered[i].Start >= earliest ? ordered[i] : ordered[i] with { Start = earliest };
        }

        return ordered;
    }
}
