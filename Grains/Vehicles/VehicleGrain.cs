using Microsoft.Extensions.Options;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Vehicles;

/// <summary>Routes a vehicle's events to its current trip and opens a new trip when the last one has ended.</summary>
public sealed class VehicleGrain(
    [PersistentState("vehicle", StorageNames.Telematics)] IPersistentState<VehicleState> state,
    IOptions<TripOptions> tripOptions) : Grain, IVehicleGrain
{
    public async Task RegisterAsync(string driverId)
    {
        state.State.DriverId = driverId;
        await state.WriteStateAsync();
    }

    public Task<string?> GetDriverIdAsync() => Task.FromResult(state.State.DriverId);

    /// <summary>
    /// Appends the events to the current trip, segment by segment where a trip ends inside the delivery (ignition off
    /// then on, or a silence of <see cref="TripOptions.MaxGap"/>), so a backlog holding several trips makes several trips.
    /// </summary>
    public async Task<IngestResult> RecordEventsAsync(IReadOnlyList<TelematicsEvent> events)
    {
        var driverId = state.State.DriverId ?? throw new VehicleNotRegisteredException(this.GetPrimaryKeyString());
        var fresh = events.Where(e => e.Timestamp > state.State.LastTripEndedAt || state.State.LastTripEndedAt is null).ToList();
        var (accepted, duplicates) = (0, events.Count - fresh.Count);
        foreach (var segment in TripSegmenter.Split(fresh, tripOptions.Value.MaxGap))
        {
            var result = await AppendAsync(driverId, segment.Events);
            (accepted, duplicates) = (accepted + result.Accepted, duplicates + result.Duplicates);
            if (segment.EndsTrip && result.Outcome != TripAppendOutcome.AppendedAndClosed)
            {
                await EndTripAsync(segment.Events[^1].Ignition == false ? TripEndReason.IgnitionOff : TripEndReason.IdleTimeout);
            }
        }

        return new IngestResult(accepted, duplicates);
    }

    public async Task<TripSummary?> EndCurrentTripAsync() =>
        state.State.CurrentTripId is null ? null : await EndTripAsync(TripEndReason.Explicit);

    private async Task<TripAppendResult> AppendAsync(string driverId, IReadOnlyList<TelematicsEvent> events)
    {
        var result = await (await CurrentTripAsync()).AppendAsync(this.GetPrimaryKeyString(), driverId, events);
        if (result.Outcome == TripAppendOutcome.AlreadyClosed)
        {
            await CloseCurrentTripAsync(result.TripEndedAt);
            result = await (await CurrentTripAsync()).AppendAsync(this.GetPrimaryKeyString(), driverId, events);
        }

        if (result.Outcome == TripAppendOutcome.AppendedAndClosed)
        {
            await CloseCurrentTripAsync(result.TripEndedAt);
        }

        return result;
    }

    private async Task<TripSummary> EndTripAsync(TripEndReason reason)
    {
        var summary = await (await CurrentTripAsync()).EndAsync(reason);
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
