using Telematics.Simulator.Accuracy;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

public sealed class BatchArrivalTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TelematicsEvent[] Events = [.. Enumerable.Range(0, 600).Select(i => new TelematicsEvent(Start.AddSeconds(i), 45.5, -73.6, 10, 90, 0, 0))];

    [Fact]
    public void In_order_batches_hold_each_span_of_fixes_in_time_order()
    {
        var batches = BatchArrival.Batches(Events, TimeSpan.FromMinutes(2), shuffled: false, new Random(1));

        Assert.Equal([120, 120, 120, 120, 120], batches.Select(b => b.Length));
        Assert.Equal(Events, batches.SelectMany(b => b));
    }

    [Fact]
    public void Shuffled_batches_hold_every_fix_once_in_another_order()
    {
        var batches = BatchArrival.Batches(Events, TimeSpan.FromMinutes(2), shuffled: true, new Random(1));

        Assert.Equal(Events, batches.SelectMany(b => b).OrderBy(e => e.Timestamp));
        Assert.NotEqual(Events, batches.SelectMany(b => b));
        Assert.All(batches, b => Assert.True(b[^1].Timestamp - b[0].Timestamp < TimeSpan.FromMinutes(2)));
    }
}
