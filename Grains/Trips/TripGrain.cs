using Microsoft.Extensions.Options;
using Telematics.Archive;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Telemetry;

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
/// </remarks>
public sealed class TripGrain(
    [PersistentState("trip", StorageNames.Telematics)] IPersistentState<TripState> state,
    IEventArchive archive,
    IOptions<TripOptions> options,
    TimeProvider time) : Grain, ITripGrain
{
    private readonly TripEventBuffer _events = new();
    private IGrainTimer? _idleTimer;
    private bool _archiveLoaded;
    private DateTimeOffset _lastReceivedAt;

    private string TripId => this.GetPrimaryKeyString();

    private bool CompletionPending => state.State.Status == TripStatus.Completed && !state.RecordExists;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastReceivedAt = time.GetUtcNow();
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
            return new TripAppendResult(0, 0, TripAppendOutcome.AlreadyClosed, state.State.Features?.EndedAt);
        }

        var fresh = events.DistinctBy(e => e.Timestamp).Where(e => !_events.Contains(e.Timestamp)).ToList();
        await archive.AppendAsync(TripId, owner.VehicleId, fresh);
        foreach (var e in fresh)
        {
            _events.TryAdd(e);
        }

        if (_events.Count > 0)
        {
            _lastReceivedAt = time.GetUtcNow();
            Running();
        }

        if (_events.EndsWithIgnitionOff)
        {
            await CompleteAsync(TripEndReason.IgnitionOff);
            return new TripAppendResult(fresh.Count, events.Count - fresh.Count, TripAppendOutcome.AppendedAndClosed, state.State.Features?.EndedAt);
        }

        return new TripAppendResult(fresh.Count, events.Count - fresh.Count, TripAppendOutcome.Appended, null);
    }

    public async Task<TripSummary> EndAsync(TripOwner owner, TripEndReason reason)
    {
        await AttachAsync(owner);
        await CompleteAsync(reason);
        return Summary();
    }

    public async Task<TripSummary> EndIfIdleAsync(TripOwner owner)
    {
        await AttachAsync(owner);
        if (CompletionPending || time.GetUtcNow() - _lastReceivedAt >= options.Value.IdleTimeout)
        {
            await CompleteAsync(TripEndReason.IdleTimeout);
        }

        return Summary();
    }

    public Task<TripSummary> GetSummaryAsync() => Task.FromResult(Summary());

    /// <summary>Learns the trip's owner and, once per activation of a trip not yet stored as completed, reloads its archived events.</summary>
    private async Task AttachAsync(TripOwner owner)
    {
        if (state.State.Status == TripStatus.Completed)
        {
            return;
        }

        (state.State.VehicleId, state.State.DriverId) = (owner.VehicleId, owner.DriverId);
        if (_archiveLoaded)
        {
            return;
        }

        foreach (var e in await archive.ReadTripAsync(TripId))
        {
            _events.TryAdd(e);
        }

        _archiveLoaded = true;
        if (_events.Count > 0)
        {
            Running();
        }
    }

    /// <summary>The trip holds events: it is in progress, and its idle timer runs from now.</summary>
    private void Running()
    {
        state.State.Status = TripStatus.InProgress;
        state.State.EventCount = _events.Count;
        ResetIdleTimer();
    }

    /// <summary>Computes the features of a running trip, then publishes and stores the completion (again, if it failed before).</summary>
    private async Task CompleteAsync(TripEndReason reason)
    {
        if (state.State.Status == TripStatus.InProgress && _events.Count > 0)
        {
            state.State.Features = TripFeatureExtractor.Extract(_events.Clean(options.Value.Cleaning), options.Value.Features);
            state.State.Status = TripStatus.Completed;
            state.State.EndReason = reason;
            _idleTimer?.Dispose();
            _idleTimer = null;
            _events.Clear();
        }

        if (CompletionPending)
        {
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

            // A stored completed trip only answers reads and late resends, which its stored state serves; kept active it
            // held its activation and directory entry for the collection age — a fleet's whole last quarter-hour of trips
            // in memory, moved by every garbage collection.
            this.DeactivateOnIdle();
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

    private void ResetIdleTimer()
    {
        var idle = options.Value.IdleTimeout;
        if (_idleTimer is null)
        {
            // KeepAlive: an idle trip must stay active until its timer ends it, or its in-memory events would be lost.
            _idleTimer = this.RegisterGrainTimer(
                _ => CompleteAsync(TripEndReason.IdleTimeout),
                new GrainTimerCreationOptions(idle, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
        else
        {
            _idleTimer.Change(idle, Timeout.InfiniteTimeSpan);
        }
    }
}
