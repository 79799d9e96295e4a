using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Vehicles;

/// <summary>Routes a vehicle's events to its current trip and opens a new trip when the last one has ended.</summary>
public sealed class VehicleGrain(
    [PersistentState("vehicle", StorageNames.Telematics)] IPersistentState<VehicleState> state) : Grain, IVehicleGrain
{
    public async Task RegisterAsync(string driverId)
    {
        state.State.DriverId = driverId;
        await state.WriteStateAsync();
    }

    public Task<string?> GetDriverIdAsync() => Task.FromResult(state.State.DriverId);

    public async Task<IngestResult> RecordEventsAsync(IReadOnlyList<TelematicsEvent> events)
    {
        var driverId = state.State.DriverId ?? throw new VehicleNotRegisteredException(this.GetPrimaryKeyString());
        var fresh = events.Where(e => e.Timestamp > state.State.LastTripEndedAt || state.State.LastTripEndedAt is null).ToList();
        var late = events.Count - fresh.Count;
        if (fresh.Count == 0)
        {
            return new IngestResult(0, late);
        }

        var result = await (await CurrentTripAsync()).AppendAsync(this.GetPrimaryKeyString(), driverId, fresh);
        if (result.Outcome == TripAppendOutcome.AlreadyClosed)
        {
            await CloseCurrentTripAsync(result.TripEndedAt);
            result = await (await CurrentTripAsync()).AppendAsync(this.GetPrimaryKeyString(), driverId, fresh);
        }

        if (result.Outcome == TripAppendOutcome.AppendedAndClosed)
        {
            await CloseCurrentTripAsync(result.TripEndedAt);
        }

        return new IngestResult(result.Accepted, result.Duplicates + late);
    }

    public async Task<TripSummary?> EndCurrentTripAsync()
    {
        if (state.State.CurrentTripId is null)
        {
            return null;
        }

        var summary = await (await CurrentTripAsync()).EndAsync(TripEndReason.Explicit);
        await CloseCurrentTripAsync(summary.Features?.EndedAt);
        return summary;
    }

    private async Task<ITripGrain> CurrentTripAsync()
    {
        if (state.State.CurrentTripId is null)
        {
            // Stored before the first event goes to the trip, so a reactivated vehicle finds its open trip again.
            state.State.TripSequence++;
            state.State.CurrentTripId = $"{this.GetPrimaryKeyString()}-T{state.State.TripSequence:D6}";
            await state.WriteStateAsync();
        }

        return GrainFactory.GetGrain<ITripGrain>(state.State.CurrentTripId);
    }

    private async Task CloseCurrentTripAsync(DateTimeOffset? endedAt)
    {
        state.State.CurrentTripId = null;
        if (endedAt > state.State.LastTripEndedAt || state.State.LastTripEndedAt is null)
        {
            state.State.LastTripEndedAt = endedAt;
        }

        await state.WriteStateAsync();
    }
}
