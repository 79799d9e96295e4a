using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Fleet;

/// <summary>What the simulator drove, by profile: trips, events, miles and harsh events, to compare with the platform's figures.</summary>
public sealed class GroundTruthTally
{
    private const double MetresPerMile = 1609.344;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Trips, long Events, double Metres, HarshEventCounts Harsh)> _byProfile = [];

    public long Events { get { lock (_lock) { return _byProfile.Values.Sum(v => v.Events); } } }

    public void Add(DrivingProfile profile, SimulatedTrip trip)
    {
        lock (_lock)
        {
            var (trips, events, metres, harsh) = _byProfile.GetValueOrDefault(profile.Name, (0, 0, 0, HarshEventCounts.None));
            _byProfile[profile.Name] = (trips + 1, events + trip.Events.Count, metres + trip.DistanceM, harsh + trip.Harsh);
        }
    }

    /// <summary>A markdown table, one row per profile, with harsh events per 1,000 miles as the platform's features count them.</summary>
    public string ToMarkdown()
    {
        lock (_lock)
        {
            var rows = _byProfile.OrderBy(p => p.Key).Select(p =>
            {
                var (trips, events, metres, h) = p.Value;
                var perThousandMiles = 1000 / (metres / MetresPerMile);
                return $"| {p.Key} | {trips} | {events:N0} | {metres / MetresPerMile:N0} | {h.Accelerations} ({h.Accelerations * perThousandMiles:N0}) | {h.Brakings} ({h.Brakings * perThousandMiles:N0}) | {h.LeftTurns} / {h.RightTurns} ({h.Turns * perThousandMiles:N0}) |";
            });
            return string.Join('\n', [
                "| profile | trips | events | miles | harsh accelerations (per 1,000 mi) | harsh brakings (per 1,000 mi) | harsh left / right turns (per 1,000 mi) |",
                "|---|---:|---:|---:|---:|---:|---:|",
                .. rows]);
        }
    }
}
