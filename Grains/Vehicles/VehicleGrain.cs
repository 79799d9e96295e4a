using Microsoft.Extensions.Options;
using Telematics.Ids;
using Telematics.Storage;
using Telematics.Telemetry;
using Telematics.Trips;

namespace Telematics.Vehicles;

/// <summary>Routes a vehicle's events to its trips by fix time and opens a new trip when the last one has ended.</summary>
/// <remarks>
/// One durable write per trip: opening a trip stores its id together with what became of the trips before (closing,
/// completed), so a trip's close is not written on its own. A trip that ended (ignition off, a silence in a delivery)
/// leaves the vehicle's current trip but keeps the fixes up to its end until its reorder window has passed, so batches
/// arriving out of order still reach it (<see cref="FixRouting"/>). A vehicle reactivated with an ended trip as current
/// learns of the end from the trip (<see cref="TripAppendOutcome.Closing"/>, <see cref="TripAppendOutcome.AlreadyClosed"/>),
/// which takes only the fixes at or before it. The vehicle keeps a reminder while it drives, so that a trip whose silo
/// was lost ends even if the device falls silent; trips closer together than <see cref="TripOptions.ReminderKeptFor"/>
/// share one registration.
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

        // Stored before the last completed trip was named: trips then completed in their opening order.
        if (state.State is { LastTripId: null, LastTripEndedAt: not null })
        {
            state.State.LastTripId = EntityId.TripId(VehicleId, state.State.TripSequence - (state.State.CurrentTripId is null ? 0 : 1));
        }

        return Task.CompletedTask;
    }

    public async Task RegisterAsync(string driverId, string? timeZoneId = null)
    {
        if (state.State.DriverId == driverId && state.State.TimeZoneId == timeZoneId)
        {
            return;
        }

        if (state.State.DriverId is { } owner && owner != driverId)
        {
            throw new AlreadyRegisteredException("Vehicle", VehicleId, $" to driver '{owner}'");
        }

        (state.State.DriverId, state.State.TimeZoneId) = (driverId, timeZoneId);
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<string?> GetDriverIdAsync() => Task.FromResult(state.State.DriverId);

    public Task<string?> GetCurrentTripIdAsync() => Task.FromResult(state.State.CurrentTripId);

    /// <summary>
    /// Appends the events to the trips they belong to by fix time, segment by segment where a trip ends inside the delivery
    /// (ignition off then on, or a silence of <see cref="TripOptions.MaxGap"/>), so a backlog holding several trips makes several trips.
    /// </summary>
    public async Task<IngestResult> RecordEventsAsync(IReadOnlyList<TelematicsEvent> events)
    {
        var owner = Owner();
        var total = new IngestResult(0, 0);
        foreach (var segment in TripSegmenter.Split(events, tripOptions.Value.MaxGap))
        {
            total = Add(total, await RouteAsync(owner, segment.Events));
            if (segment.EndsTrip && state.State.CurrentTripId is { } current && TripOf(segment.Events[^1]) is null)
            {
                var reason = segment.Events[^1].Ignition == false ? TripEndReason.IgnitionOff : TripEndReason.IdleTimeout;
                Ended(current, await Trip(current).CloseAsync(owner, reason));
            }
        }

        return total;
    }

    /// <summary>Ends the current trip now, or else the trip that ended last and still waits out its reorder window.</summary>
    public async Task<TripSummary?> EndCurrentTripAsync()
    {
        if ((state.State.CurrentTripId ?? state.State.ClosingTrips.LastOrDefault()?.TripId) is not { } tripId)
        {
            return null;
        }

        var summary = await Trip(tripId).EndAsync(Owner(), TripEndReason.Explicit);
        Completed(tripId, summary.Features?.EndedAt);
        return summary;
    }

    /// <summary>Ends the trips that went idle or waited out their window (their own timers are lost with their silo), and removes the reminder once the vehicle has stopped driving.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var trips = TripsInPlay();
        if (trips.Count > 0)
        {
            var owner = Owner();
            foreach (var tripId in trips)
            {
                var summary = await Trip(tripId).EndIfIdleAsync(owner);
                if (summary.Status != TripStatus.InProgress)
                {
                    Completed(tripId, summary.Features?.EndedAt);
                }
            }
        }
        else if (time.GetUtcNow() - _noTripSince >= tripOptions.Value.ReminderKeptFor
            && (_tripReminder ?? await this.GetReminder(TripReminder)) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _tripReminder = null;
        }
    }

    /// <summary>
    /// Sends each fix to its trip (<see cref="FixRouting"/>). A closing trip merges the fixes up to its end, a completed one
    /// tells resends from late fixes up to its end; fixes after the end a trip answers with are routed again.
    /// </summary>
    private async Task<IngestResult> RouteAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events)
    {
        var total = new IngestResult(0, 0);
        foreach (var route in FixRouting.Split(events, state.State.ClosingTrips, state.State.LastTripId, state.State.LastTripEndedAt))
        {
            if (route.TripId is not { } tripId)
            {
                total = Add(total, await AppendToCurrentTripAsync(owner, route.Events));
                continue;
            }

            var result = await Trip(tripId).AppendAsync(owner, route.Events, opened: false);
            total = Add(total, result);
            if (result.Outcome != TripAppendOutcome.Appended)
            {
                Ended(tripId, result);
                var after = route.Events.Where(e => e.Timestamp > result.TripEndedAt).ToList();
                total = after.Count > 0 ? Add(total, await RouteAsync(owner, after)) : total;
            }
        }

        return total;
    }

    /// <summary>Fixes later than every ended trip. A current trip that answers it has ended takes those up to its end; the next trip takes the rest.</summary>
    private async Task<IngestResult> AppendToCurrentTripAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events)
    {
        var total = new IngestResult(0, 0);
        var pending = events;
        while (pending.Count > 0)
        {
            var opening = state.State.CurrentTripId is null;
            var tripId = await CurrentTripIdAsync();
            var result = await Trip(tripId).AppendAsync(owner, pending, opened: opening);
            total = Add(total, result);
            if (result.Outcome == TripAppendOutcome.Appended)
            {
                break;
            }

            Ended(tripId, result);
            pending = pending.Where(e => e.Timestamp > result.TripEndedAt).ToList();
        }

        return total;
    }

    private async Task<string> CurrentTripIdAsync()
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

        return state.State.CurrentTripId;
    }

    /// <summary>A trip answered that it has ended: closing until its window passes, or completed.</summary>
    private void Ended(string tripId, TripAppendResult result)
    {
        if (result.Outcome == TripAppendOutcome.Closing)
        {
            LeavesCurrent(tripId);
            state.State.ClosingTrips.RemoveAll(c => c.TripId == tripId);
            state.State.ClosingTrips.Add(new ClosingTrip(tripId, result.TripEndedAt!.Value));
            state.State.ClosingTrips.Sort((a, b) => a.EndsAt.CompareTo(b.EndsAt));
        }
        else
        {
            Completed(tripId, result.TripEndedAt);
        }
    }

    /// <summary>Records the trip's completion in memory only: the next trip's opening stores it.</summary>
    private void Completed(string tripId, DateTimeOffset? endedAt)
    {
        LeavesCurrent(tripId);
        state.State.ClosingTrips.RemoveAll(c => c.TripId == tripId);

        // The last trip's own answer is taken as its end even if earlier: the fixes after it are then routed elsewhere, not
        // back to it without end.
        if (tripId == state.State.LastTripId || endedAt > state.State.LastTripEndedAt || state.State.LastTripEndedAt is null)
        {
            (state.State.LastTripEndedAt, state.State.LastTripId) = (endedAt, tripId);
        }
    }

    private void LeavesCurrent(string tripId)
    {
        if (state.State.CurrentTripId == tripId)
        {
            state.State.CurrentTripId = null;
        }

        _noTripSince = time.GetUtcNow();
    }

    private string? TripOf(TelematicsEvent fix) =>
        FixRouting.TripOf(fix.Timestamp, state.State.ClosingTrips, state.State.LastTripId, state.State.LastTripEndedAt);

    private List<string> TripsInPlay() =>
        [.. state.State.ClosingTrips.Select(c => c.TripId), .. state.State.CurrentTripId is { } current ? [current] : Array.Empty<string>()];

    private ITripGrain Trip(string tripId) => GrainFactory.GetGrainByKey<ITripGrain>(tripId);

    private static IngestResult Add(IngestResult total, TripAppendResult result) =>
        Add(total, new IngestResult(result.Accepted, result.Duplicates, result.Late));

    private static IngestResult Add(IngestResult total, IngestResult more) =>
        new(total.Accepted + more.Accepted, total.Duplicates + more.Duplicates, total.Late + more.Late);

    private TripOwner Owner() =>
        new(VehicleId, state.State.DriverId ?? throw new VehicleNotRegisteredException(VehicleId), state.State.TimeZoneId);
}
