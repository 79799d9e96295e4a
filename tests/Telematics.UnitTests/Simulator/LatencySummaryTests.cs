using Telematics.Simulator.Load;

namespace Telematics.UnitTests.Simulator;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_the_latencies_in_any_order()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 200).Reverse().Select(ms => (double)ms));

        Assert.Equal(new LatencySummary(200, 100, 190, 198, 200), summary);
    }

    [Fact]
    public void No_latencies_give_no_percentiles() =>
        Assert.True(double.IsNaN(LatencySummary.Of([]).P99Ms));
}
