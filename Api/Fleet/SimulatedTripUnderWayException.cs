namespace Telematics.Api.Fleet;

/// <summary>The driver's simulator vehicle is driving already: a second trip's fixes would interleave with the first's.</summary>
public sealed class SimulatedTripUnderWayException(SimulatedTripRun run)
    : Exception($"A simulated trip of driver '{run.DriverId}' is under way ({run.TripId}) until {run.EndsAt:u}.")
{
    public SimulatedTripRun Run { get; } = run;
}
