using Telematics.Telemetry;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// How a device delivers a trip: in batches of the fixes it stored over each <c>span</c> (a device flushing its memory
/// every couple of minutes), in time order or shuffled, as devices that flush offline storage and retry deliver them.
/// </summary>
public static class BatchArrival
{
    public static IReadOnlyList<TelematicsEvent[]> Batches(IReadOnlyList<TelematicsEvent> events, TimeSpan span, bool shuffled, Random random)
    {
        var batches = events.GroupBy(e => (e.Timestamp - events[0].Timestamp).Ticks / span.Ticks).Select(g => g.ToArray()).ToArray();
        if (shuffled)
        {
            random.Shuffle(batches);
        }

        return batches;
    }
}
