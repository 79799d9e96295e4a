using Microsoft.Extensions.Options;
using Telematics.Archive;
using Telematics.Ids;
using Telematics.Live;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Telemetry;
using Telematics.Vehicles;

namespace Telematics.Trips;

/// <summary>
/// Holds a trip's events in memory while it runs, archiving each new event before acknowledging it. When the trip
/// ends it publishes <see cref="TripCompleted"/> on the driver's stream and then stores its features: the one write a
/// trip makes.
/// </summary>
/// <remarks>
/// Nothing is stored while the trip runs; the archive is its record. A trip without a stored completion reloads its
/// events from the archive on its vehicle's first call, so a trip whose silo died continues, and its vehicle's reminder
/// (see <see cref="EndIfIdleAsync"/>) ends it even if the device says nothing more. A trip completed in memory but not
/// stored has not published successfully, and publishes again when next called (a resend, an end, the reminder); the
/// driver counts a trip once. It answers as closed only once its completion is stored, so its vehicle, which moves on
/// to a new trip on that answer, keeps calling it until then.
/// An ignition-off fix (or a silence in a delivery) only closes the trip: it completes once
/// <see cref="TripOptions.ReorderWindow"/> has passed without a new fix, and fixes taken earlier that arrive meanwhile are
/// merged into it, so the completion goes out once, with every fix. A completed trip keeps its fix times until it is
/// deactivated (and reads them back from the archive after), so that it tells a resend from a fix that came too late.
/// </remarks>
public sealed class TripGrain(
    [PersistentState("trip", StorageNames.Telematics)] IPersistentState<TripState> state,
    IEventArchive archive,
    ILiveFeed liveFeed,
    ITripStore trips,
    IOptions<TripOptions> options,
    TimeProvider time) : Grain, ITripGrain
{
    /// <summary>A live view redraws about once a second; a device sending faster is told in bundles.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private readonly TripEventBuffer _events = new();
    private IGrainTimer? _timer;
    private bool _archiveLoaded;
    private DateTimeOffset _lastReceivedAt;
    private string? _timeZoneId;

    /// <summary>The trip's newest position, which its end tells the live views as its last; and when they were last told (real time).</summary>
    private TripProgress? _progress;
    private DateTimeOffset _progressSentAt;

    /// <summary>The newest fix's longitudinal acceleration, so that a harsh braking split across two deliveries is told once.</summary>
    private double _newestAcceleration;

    /// <summary>Why the trip ended, while it waits out the reorder window; null while it runs.</summary>
    private TripEndReason? _closing;

    /// <summary>The trip store holds the completed trip, which then answers for it without a row of its own.</summary>
    private bool _inTripStore;

    private string TripId => this.GetPrimaryKeyString();

    private bool CompletionPending => state.State.Status == TripStatus.Completed && !state.RecordExists && !_inTripStore;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastReceivedAt = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _events.Clear();
        return Task.CompletedTask;
    }

    public async Task<TripAppendResult> AppendAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events, bool opened)
    {
        _archiveLoaded |= opened;
        await AttachAsync(owner);
        if (state.State.Status == TripStatus.Completed)
        {
            // A resend of the batch that ended the trip, whose publishing failed: answered as closed without publishing
            // again, the trip was lost once its activation was.
            await CompleteAsync(state.State.EndReason!.Value);
            return await TakeAfterCompletionAsync(owner, events);
        }

        var own = _closing is null ? events : events.Where(e => e.Timestamp <= _events.LatestFixTime).ToList();
        var fresh = own.DistinctBy(e => e.Timestamp).Where(e => !_events.Contains(e.Timestamp)).ToList();
        await archive.AppendAsync(TripId, owner.VehicleId, fresh);
        foreach (var e in own)
        {
            _events.TryAdd(e);
        }

        if (own.Count > 0)
        {
            _lastReceivedAt = time.GetUtcNow();
            _closing ??= _events.EndsWithIgnitionOff ? TripEndReason.IgnitionOff : null;
            Running();
        }

        ReportProgress(owner, fresh);
        var (accepted, duplicates) = (fresh.Count, own.Count - fresh.Count);
        return _closing is { } reason ? await ClosedAsync(reason, accepted, duplicates) : new TripAppendResult(accepted, duplicates, TripAppendOutcome.Appended, null);
    }

    public async Task<TripSummary> EndAsync(TripOwner owner, TripEndReason reason)
    {
        await AttachAsync(owner);
        await CompleteAsync(_closing ?? reason);
        return Summary();
    }

    public async Task<TripAppendResult> CloseAsync(TripOwner owner, TripEndReason reason)
    {
        await AttachAsync(owner);
        if (state.State.Status == TripStatus.InProgress)
        {
            _closing ??= reason;
            Running();
            return await ClosedAsync(_closing.Value, 0, 0);
        }

        await CompleteAsync(reason);
        return new TripAppendResult(0, 0, TripAppendOutcome.AlreadyClosed, state.State.Features?.EndedAt);
    }

    public async Task<TripSummary> EndIfIdleAsync(TripOwner owner)
    {
        await AttachAsync(owner);
        var quiet = time.GetUtcNow() - _lastReceivedAt;
        if (CompletionPending || quiet >= options.Value.IdleTimeout || (_closing is not null && quiet >= options.Value.EffectiveReorderWindow))
        {
            await CompleteAsync(_closing ?? TripEndReason.IdleTimeout);
        }

        return Summary();
    }

    public async Task SummaryStoredAsync()
    {
        try
        {
            if (state.RecordExists && state.State.Status == TripStatus.Completed)
            {
                var completed = state.State;
                await state.ClearStateAsync();
                // Kept until the deactivation, so that a resend queued meanwhile is answered as one.
                state.State = completed;
                _inTripStore = true;
            }
        }
        finally
        {
            this.DeactivateOnIdle();
        }
    }

    /// <summary>A trip not known to this activation may be a completed one whose row is gone: its vehicle names its driver, whose trip store has it.</summary>
    public async Task<TripSummary> GetSummaryAsync()
    {
        if (state.State.Status == TripStatus.NotStarted && !state.RecordExists && !_archiveLoaded
            && EntityId.VehicleOfTrip(TripId) is { } vehicleId
            && await GrainFactory.GetGrainByKey<IVehicleGrain>(vehicleId).GetDriverIdAsync() is { } driverId
            && await StoredCompletionAsync(driverId, await archive.ReadTripAsync(TripId)) is { } stored)
        {
            Adopt(stored);
        }

        return Summary();
    }

    /// <summary>Learns the trip's owner and, once per activation of a trip not yet stored as completed, reloads its archived events.</summary>
    private async Task AttachAsync(TripOwner owner)
    {
        _timeZoneId = owner.TimeZoneId;
        if (state.State.Status == TripStatus.Completed)
        {
            return;
        }

        (state.State.VehicleId, state.State.DriverId) = (owner.VehicleId, owner.DriverId);
        if (_archiveLoaded)
        {
            return;
        }

        var archived = await LoadArchiveAsync();
        if (!state.RecordExists && await StoredCompletionAsync(owner.DriverId, archived) is { } stored)
        {
            Adopt(stored);
        }
        else if (_events.Count > 0)
        {
            // A trip that ended on an ignition-off fix before its silo was lost waits out the window again from here.
            _closing = _events.EndsWithIgnitionOff ? TripEndReason.IgnitionOff : null;
            Running();
        }
    }

    /// <summary>
    /// The trip's summary in the trip store, for a trip reactivated without a stored completion: there, it was counted
    /// and its row removed (<see cref="SummaryStoredAsync"/>), and it must answer as completed, not run again. Its
    /// features started at one of its archived fixes; an archive that keeps none (Embedded mode's) leaves the driver's
    /// whole history to look in.
    /// </summary>
    private Task<TripSummary?> StoredCompletionAsync(string driverId, IReadOnlyList<TelematicsEvent> archived) =>
        archived.Count > 0
            ? trips.FindAsync(driverId, TripId, archived.Min(e => e.Timestamp), archived.Max(e => e.Timestamp))
            : trips.FindAsync(driverId, TripId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

    /// <summary>Takes the completed trip as the trip store holds it.</summary>
    private void Adopt(TripSummary stored)
    {
        (state.State.VehicleId, state.State.DriverId) = (stored.VehicleId, stored.DriverId);
        (state.State.Status, state.State.EndReason, state.State.Features, state.State.EventCount) = (TripStatus.Completed, stored.EndReason, stored.Features, stored.EventCount);
        _inTripStore = true;
    }

    /// <summary>Holds the trip's archived events; what the archive gave back is returned.</summary>
    private async Task<IReadOnlyList<TelematicsEvent>> LoadArchiveAsync()
    {
        var archived = await archive.ReadTripAsync(TripId);
        foreach (var e in archived)
        {
            _events.TryAdd(e);
        }

        _archiveLoaded = true;
        return archived;
    }

    /// <summary>
    /// A completed trip's answer to fixes at or before its end: those it holds are resends; the others came after its
    /// reorder window, when its features had gone to the driver, and are archived under it and reported late.
    /// </summary>
    private async Task<TripAppendResult> TakeAfterCompletionAsync(TripOwner owner, IReadOnlyList<TelematicsEvent> events)
    {
        var endedAt = state.State.Features?.EndedAt;
        var own = events.Where(e => e.Timestamp <= endedAt).ToList();
        if (own.Count > 0 && !_archiveLoaded)
        {
            await LoadArchiveAsync();
        }

        var late = own.DistinctBy(e => e.Timestamp).Where(e => !_events.Contains(e.Timestamp)).ToList();
        await archive.AppendAsync(TripId, owner.VehicleId, late);
        foreach (var e in late)
        {
            _events.TryAdd(e);
        }

        return new TripAppendResult(0, own.Count - late.Count, TripAppendOutcome.AlreadyClosed, endedAt, late.Count);
    }

    /// <summary>The answer of a trip that has ended: closing until its window passes, or completed at once without one.</summary>
    private async Task<TripAppendResult> ClosedAsync(TripEndReason reason, int accepted, int duplicates)
    {
        if (options.Value.EffectiveReorderWindow > TimeSpan.Zero)
        {
            return new TripAppendResult(accepted, duplicates, TripAppendOutcome.Closing, _events.LatestFixTime);
        }

        await CompleteAsync(reason);
        return new TripAppendResult(accepted, duplicates, TripAppendOutcome.AppendedAndClosed, state.State.Features?.EndedAt);
    }

    /// <summary>The trip holds events: it is in progress, and its timer runs from now.</summary>
    private void Running()
    {
        state.State.Status = TripStatus.InProgress;
        state.State.EventCount = _events.Count;
        ResetTimer();
    }

    /// <summary>Computes the features of a running trip, then publishes and stores the completion (again, if it failed before).</summary>
    private async Task CompleteAsync(TripEndReason reason)
    {
        if (state.State.Status == TripStatus.InProgress && _events.Count > 0)
        {
            var features = _timeZoneId is null ? options.Value.Features : options.Value.Features.WithTimeZone(_timeZoneId);
            state.State.Features = TripFeatureExtractor.Extract(_events.Clean(options.Value.Cleaning), features);
            state.State.Status = TripStatus.Completed;
            state.State.EndReason = reason;
            _timer?.Dispose();
            _timer = null;
        }

        if (CompletionPending)
        {
            // Told before the driver hears of it, so that a live view sees the end before the score it brings.
            if (_progress is { } last)
            {
                liveFeed.Publish(last with { Ended = true });
                _progress = null;
            }

            var completed = new TripCompleted(TripId, state.State.VehicleId!, state.State.DriverId!, state.State.EndReason!.Value, state.State.Features!);
            try
            {
                await this.GetStreamProvider(StreamNamespaces.DurableProvider)
                    .GetStream<TripCompleted>(StreamId.Create(StreamNamespaces.TripCompleted, completed.DriverId))
                    .OnNextAsync(completed);
            }
            catch (Exception ex)
            {
                throw new StorageUnavailableException($"the completion of trip {TripId}", ex.Message);
            }

            await state.WriteOrDeactivateAsync(this);

            // A stored completed trip only answers reads and late resends, which its stored state and the archive serve;
            // kept active it held its activation and directory entry for the collection age — a fleet's whole last
            // quarter-hour of trips in memory, moved by every garbage collection.
            this.DeactivateOnIdle();
        }
    }

    /// <summary>
    /// Tells the live views where the trip is: at most once a <see cref="ProgressInterval"/>, and at once for a harsh
    /// moment. A batch older than the one last told (a late delivery) tells only its harsh moments.
    /// </summary>
    private void ReportProgress(TripOwner owner, IReadOnlyList<TelematicsEvent> fresh)
    {
        if (TripProgress.Of(TripId, owner.DriverId, fresh, _newestAcceleration) is not { } progress)
        {
            return;
        }

        if (_progress is { } newest && progress.At < newest.At)
        {
            progress = newest with { HarshMoments = progress.HarshMoments };
        }
        else
        {
            _newestAcceleration = fresh.MaxBy(e => e.Timestamp)!.AccelLongMps2;
        }

        _progress = progress with { HarshMoments = [] };
        var now = time.GetUtcNow();
        if (progress.HarshMoments.Count > 0 || now - _progressSentAt >= ProgressInterval)
        {
            liveFeed.Publish(progress);
            _progressSentAt = now;
        }
    }

    private TripSummary Summary() => new(
        TripId,
        state.State.VehicleId ?? "",
        state.State.DriverId ?? "",
        state.State.Status,
        state.State.EndReason,
        state.State.Features,
        state.State.EventCount);

    /// <summary>(Re)starts the one timer: the idle timeout while the trip runs, the reorder window once it closes.</summary>
    private void ResetTimer()
    {
        var due = _closing is null ? options.Value.IdleTimeout : options.Value.EffectiveReorderWindow;
        if (_timer is null)
        {
            // KeepAlive: a trip must stay active until its timer ends it, or its in-memory events would be lost.
            _timer = this.RegisterGrainTimer(
                _ => CompleteAsync(_closing ?? TripEndReason.IdleTimeout),
                new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }
}
