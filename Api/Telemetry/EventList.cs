using System.Collections.ObjectModel;

namespace Telematics.Api.Telemetry;

/// <summary>
/// A batch's events, refusing the one past <see cref="MaxCount"/> as it is added. The serializer adds events as it
/// reads them, so an oversized batch is refused after reading one event more than the limit, not after the whole array:
/// five million empty events in a 15 MB body once became three quarters of a gigabyte of objects before the count was
/// checked.
/// </summary>
public sealed class EventList(int maxCount) : Collection<EventDto?>
{
    /// <summary>Unbounded, for batches built in code; <see cref="EventBatchReader"/> sets the limit on those it reads.</summary>
    public EventList() : this(int.MaxValue)
    {
    }

    public int MaxCount { get; } = maxCount;

    protected override void InsertItem(int index, EventDto? item)
    {
        if (Count == MaxCount)
        {
            throw new TooManyEventsException(MaxCount);
        }

        base.InsertItem(index, item);
    }
}
