using Microsoft.Extensions.Time.Testing;
using Telematics.Simulator.Fleet;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Simulator;

public sealed class RealTimeDriverTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Events_are_sent_as_their_timestamps_pass_those_due_in_one_batch_every_five_seconds()
    {
        var time = new FakeTimeProvider(Start);
        var events = Enumerable.Range(0, 12).Select(s => new TelematicsEvent(Start.AddSeconds(s), 45.5, -73.6, 10, 0, 0, 0)).ToList();
        var batches = new List<(string VehicleId, DateTimeOffset At, int Count)>();
        var sending = RealTimeDriver.SendAsTimePassesAsync("VEH-1", events, (vehicleId, batch, _) =>
        {
            batches.Add((vehicleId, time.GetUtcNow(), batch.Count));
            return Task.CompletedTask;
        }, time, CancellationToken.None);

        for (var tick = 0; tick < 3 && !sending.IsCompleted; tick++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        await sending.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal([("VEH-1", Start.AddSeconds(5), 6), ("VEH-1", Start.AddSeconds(10), 5), ("VEH-1", Start.AddSeconds(15), 1)], batches);
    }
}
