using Telematics.Simulator.Driving;
using Telematics.Telemetry;

namespace Telematics.Simulator.Fleet;

/// <summary>Drives one vehicle in real time: short trips whose events are sent as their timestamps pass, with pauses between trips.</summary>
public static class RealTimeDriver
{
    private static readonly TimeSpan BatchInterval = TimeSpan.FromSeconds(5);

    public delegate Task SendEvents(string vehicleId, IReadOnlyList<TelematicsEvent> events, CancellationToken cancellationToken);

    public static async Task DriveAsync(FleetMember member, TripGenerator generator, SendEvents send, TimeProvider time, CancellationToken cancellationToken)
    {
        var random = new Random(StableSeed.Of(0, member.VehicleId));
        while (!cancellationToken.IsCancellationRequested)
        {
            var trip = generator.Generate(member.Profile, time.GetUtcNow(), member.HomeLatitude, member.HomeLongitude, legs: 2 + random.Next(3));
            await SendAsTimePassesAsync(member.VehicleId, trip.Events, send, time, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(10 + random.Next(30)), time, cancellationToken);
        }
    }

    /// <summary>Sends the events as their timestamps pass, the ones due every <see cref="BatchInterval"/> in one batch, as a connected device does.</summary>
    public static async Task SendAsTimePassesAsync(string vehicleId, IReadOnlyList<TelematicsEvent> events, SendEvents send, TimeProvider time, CancellationToken cancellationToken)
    {
        using var ticker = new PeriodicTimer(BatchInterval, time);
        var sent = 0;
        while (sent < events.Count && await ticker.WaitForNextTickAsync(cancellationToken))
        {
            var due = events.Skip(sent).TakeWhile(e => e.Timestamp <= time.GetUtcNow()).ToList();
            if (due.Count > 0)
            {
                await send(vehicleId, due, cancellationToken);
                sent += due.Count;
            }
        }
    }
}
