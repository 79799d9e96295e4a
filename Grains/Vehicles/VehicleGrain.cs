using Microsoft.Extensions.Options;
using Telematics.Ids;
using Telematics.Storage;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Vehicles;

/// <summary>Routes a vehicle's events to its current trip and opens a new trip when the last one has ended.</summary>
/// <remarks>
/// One durable write per trip: opening a trip stores its id together with the end of the trip before, so a trip's
/// close is not written on its own. A vehicle reactivated with a closed trip as current learns of the close from the
/// trip (<see cref="TripAppendOutcome.AlreadyClosed"/>) and drops what that trip already had. The vehicle keeps a
/// reminder while it drives, so that a trip whose silo was lost ends even if the device falls silent; trips closer
/// together than <see cref="TripOptions.ReminderKeptFor"/> share one registration.
/// </remarks>
public sealed class VehicleGrain(
    [PersistentState("vehicle", StorageNames.Telematics)] IPersistentState<VehicleState> state,
    IOptions<TripOptions> tripOptions,
    TimeProvider time) : Grain, IVehicleGrain, IRemindable
{
    private const string TripReminder = "trip";
    private static readonly TimeSpan MinimumReminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>The reminder as registered by this activation: unregistering it needs no lookup in the reminder table.</summary>
    private IGrainReminder? _tripReminder;
    private DateTimeOffset _noTripSince;

    private string VehicleId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _noTripSince = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public async Task RegisterAsync(string driverId)
    {
        if (state.State.DriverId == driverId)
        {
            return;
        }

        if (state.State.DriverId is { } owner)
        {
            throw new AlreadyRegisteredException("Vehicle", VehicleId, $" to driver '{owner}'");
        }

        state.State.DriverId = driverId;
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<string?> GetDriverIdAsync() => Task.FromResult(state.State.DriverId);

    /// <summary>
    /// Appends the events to the current trip, segment by segment where a trip ends inside the delivery (ignition off
    /// then on, or a silence of <see cref="TripOptions.MaxGap"/>), so a backlog holding several trips makes several trips.
    /// </summary>
    public async Task<IngestResult> RecordEventsAsync(IReadOnlyList<TelematicsEvent> events)
    {
        var owner = Owner();
        var fresh = AfterLastTrip(events);
        var (accepted, duplicates) = (0, events.Count - fresh.Count);
        foreach (var segment in TripSegmenter.Split(fresh, tripOptions.Value.MaxGap))
        {
            var result = await AppendAsync(owner, segment.Events);
            (accepted, duplicates) = (accepted + result.Accepted, duplicates + result.Duplicates);
            if (segment.EndsTrip && result.Outcome != TripAppendOutcome.AppendedAndClosed && state.State.CurrentTripId is not null)
            {
                await EndTripAsync(owner, segment.Events[^1].Ignition == false ? TripEndReason.IgnitionOff : TripEndReason.IdleTimeout);
            }
        }

        return new IngestResult(accepted, duplicates);
    }

    public async Task<TripSummary?> EndCurrentTripAsync() =>
        state.State.CurrentTripId is null ? null : await EndTripAsync(Owner(), TripEndReason.Explicit);

    /// <summary>Ends the current trip if it went idle (its own timer is lost with its silo), and removes the reminder once the vehicle has stopped driving.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.CurrentTripId is { } tripId)
        {
            var summary = await GrainFactory.GetGrainByKey<ITripGrain>(tripId).EndIfIdleAsync(Owner());
            if (summary.Status != TripStatus.InProgress)
            {
                CloseCurrentTrip(summary.Features?.EndedAt);
            }
        }
        else if (time.GetUtcNow() - _noTripSince >= tripOptions.Value.ReminderKeptFor
            && (_tripReminder ?? await this.GetReminder(TripReminder)) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _tripReminder = null;
        }
    }

    private async Task<TripAppendResult> AppendAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events)
    {
        var result = await AppendToCurrentTripAsync(owner, events);
        if (result.Outcome == TripAppendOutcome.AlreadyClosed)
        {
            // The close of that trip was not stored before this activation: what the trip already had is a resend.
            CloseCurrentTrip(result.TripEndedAt);
            var fresh = AfterLastTrip(events);
            if (fresh.Count == 0)
            {
                return result with { Duplicates = events.Count };
            }

            var next = await AppendToCurrentTripAsync(owner, fresh);
            result = next with { Duplicates = next.Duplicates + events.Count - fresh.Count };
        }

        if (result.Outcome == TripAppendOutcome.AppendedAndClosed)
        {
            CloseCurrentTrip(result.TripEndedAt);
        }

        return result;
    }

    private async Task<TripAppendResult> AppendToCurrentTripAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events)
    {
        var opening = state.State.CurrentTripId is null;
        var trip = await CurrentTripAsync();
        return await trip.AppendAsync(owner, events, opened: opening);
    }

    private async Task<TripSummary> EndTripAsync(TripOwner owner, TripEndReason reason)
    {
        var summary = await (await CurrentTripAsync()).EndAsync(owner, reason);
        CloseCurrentTrip(summary.Features?.EndedAt);
        return summary;
    }

    private async Task<ITripGrain> CurrentTripAsync()
    {
        if (state.State.CurrentTripId is null)
        {
            // Registered first: a reminder without a trip removes itself, a trip without its reminder is not ended if
            // its silo is lost.
            if (_tripReminder is null)
            {
                var period = tripOptions.Value.IdleTimeout > MinimumReminderPeriod ? tripOptions.Value.IdleTimeout : MinimumReminderPeriod;
                _tripReminder = await this.RegisterOrUpdateReminder(TripReminder, period, period);
            }

            // Stored before the first event goes to the trip, so a reactivated vehicle finds its open trip again. If the
            // write fails no event goes to the new trip: the vehicle deactivates, and the resend opens the trip anew.
            state.State.TripSequence++;
            state.State.CurrentTripId = EntityId.TripId(VehicleId, state.State.TripSequence);
            await state.WriteOrDeactivateAsync(this);
        }

        return GrainFactory.GetGrainByKey<ITripGrain>(state.State.CurrentTripId);
    }

    /// <summary>Closes the trip in memory only: the next trip's opening stores it.</summary>
    private void CloseCurrentTrip(DateTimeOffset? endedAt)
    {
        state.State.CurrentTripId = null;
        _noTripSince = time.GetUtcNow();
        if (endedAt > state.State.LastTripEndedAt || state.State.LastTripEndedAt is null)
        {
            state.State.LastTripEndedAt = endedAt;
        }
    }

    private List<TelematicsEvent> AfterLastTrip(IReadOnlyList<TelematicsEvent> events) =>
        events.Where(e => state.State.LastTripEndedAt is null || e.Timestamp > state.State.LastTripEndedAt).ToList();

    private TripOwner Owner() => new(VehicleId, state.State.DriverId ?? throw new VehicleNotRegisteredException(VehicleId));
}
