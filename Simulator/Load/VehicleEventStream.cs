using Telematics.Simulator.Driving;
using Telematics.Telemetry;

namespace Telematics.Simulator.Load;

/// <summary>
/// An endless supply of one vehicle's events for load: one generated trip driven again and again, each repeat
/// shifted later by the trip's span and a pause, so the platform sees ever new trips, never resends.
/// </summary>
public sealed class VehicleEventStream(string vehicleId, SimulatedTrip trip, DateTimeOffset start)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);
    private readonly TimeSpan _period = trip.Events[^1].Timestamp - trip.Events[0].Timestamp + Pause;
    private readonly TimeSpan _toStart = start - trip.Events[0].Timestamp;
    private int _repeat;
    private int _next;

    public string VehicleId => vehicleId;

    public TelematicsEvent[] Take(int count)
    {
        var events = new TelematicsEvent[count];
        for (var i = 0; i < count; i++)
        {
            var e = trip.Events[_next];
            events[i] = e with { Timestamp = e.Timestamp + _toStart + _period * _repeat };
            if (++_next == trip.Events.Count)
            {
                _next = 0;
                _repeat++;
            }
        }

        return events;
    }
}
