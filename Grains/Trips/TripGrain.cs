using Microsoft.Extensions.Options;
using Telematics.Archive;
using Telematics.Streams;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Holds a trip's events in memory while it runs, archiving each new event before acknowledging it. When the trip
/// ends it stores only the computed features and publishes <see cref="TripCompleted"/> on the driver's stream.
/// </summary>
/// <remarks>
/// A grain timer ends an idle trip on time; a reminder backs it up, because a reminder outlives the silo: a trip
/// whose silo died is reactivated by it, reloads its events from the archive and still ends.
/// </remarks>
public sealed class TripGrain(
    [PersistentState("trip", StorageNames.Telematics)] IPersistentState<TripState> state,
    IEventArchive archive,
    IOptions<TripOptions> options,
    TimeProvider time) : Grain, ITripGrain, IRemindable
{
    private const string IdleReminder = "idle";
    private static readonly TimeSpan MinimumReminderPeriod = TimeSpan.FromMinutes(1);

    private readonly TripEventBuffer _events = new();
    private IGrainTimer? _idleTimer;

    /// <summary>The idle reminder as registered by this activation: unregistering it needs no lookup in the reminder table.</summary>
    private IGrainReminder? _idleReminder;
    private DateTimeOffset _lastReceivedAt;

    private string TripId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastReceivedAt = time.GetUtcNow();
        if (state.State.Status == TripStatus.InProgress)
        {
            foreach (var e in await archive.ReadTripAsync(TripId, cancellationToken))
            {
                _events.TryAdd(e);
            }

            ResetIdleTimer();
        }
    }

    public async Task<TripAppendResult> AppendAsync(string vehicleId, string driverId, IReadOnlyList<TelematicsEvent> events)
    {
        if (state.State.Status == TripStatus.Completed)
        {
            return new TripAppendResult(0, 0, TripAppendOutcome.AlreadyClosed, state.State.Features?.EndedAt);
        }

        if (state.State.Status == TripStatus.NotStarted)
        {
            await StartAsync(vehicleId, driverId);
        }

        var fresh = events.DistinctBy(e => e.Timestamp).Where(e => !_events.Contains(e.Timestamp)).ToList();
        await archive.AppendAsync(TripId, vehicleId, fresh);
        foreach (var e in fresh)
        {
            _events.TryAdd(e);
        }

        state.State.EventCount = _events.Count;
        _lastReceivedAt = time.GetUtcNow();
        ResetIdleTimer();

        if (_events.EndsWithIgnitionOff)
        {
            await EndAsync(TripEndReason.IgnitionOff);
            return new TripAppendResult(fresh.Count, events.Count - fresh.Count, TripAppendOutcome.AppendedAndClosed, state.State.Features?.EndedAt);
        }

        return new TripAppendResult(fresh.Count, events.Count - fresh.Count, TripAppendOutcome.Appended, null);
    }

    /// <summary>
    /// Completes the trip, or, if it completed but its publication failed (a silo was lost mid-call), publishes again:
    /// the vehicle's retry or the idle reminder brings the trip back here. The driver counts a trip once.
    /// </summary>
    public async Task<TripSummary> EndAsync(TripEndReason reason)
    {
        if (state.State.Status == TripStatus.InProgress && _events.Count > 0)
        {
            state.State.Features = TripFeatureExtractor.Extract(_events.Clean(options.Value.Cleaning), options.Value.Features);
            state.State.Status = TripStatus.Completed;
            state.State.EndReason = reason;
            await state.WriteStateAsync();
            _idleTimer?.Dispose();
            _idleTimer = null;
            _events.Clear();
        }

        if (state.State.Status == TripStatus.Completed && !state.State.CompletionPublished)
        {
            await PublishCompletionAsync();
        }

        return Summary();
    }

    public Task<TripSummary> GetSummaryAsync() => Task.FromResult(Summary());

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        time.GetUtcNow() - _lastReceivedAt >= options.Value.IdleTimeout ? EndAsync(TripEndReason.IdleTimeout) : Task.CompletedTask;

    /// <summary>The idle reminder stays until the publication is stored, so that a failed publication is retried.</summary>
    private async Task PublishCompletionAsync()
    {
        var completed = new TripCompleted(TripId, state.State.VehicleId!, state.State.DriverId!, state.State.EndReason!.Value, state.State.Features!);
        await this.GetStreamProvider(StreamNamespaces.Provider)
            .GetStream<TripCompleted>(StreamId.Create(StreamNamespaces.TripCompleted, completed.DriverId))
            .OnNextAsync(completed);
        state.State.CompletionPublished = true;
        await state.WriteStateAsync();
        if ((_idleReminder ?? await this.GetReminder(IdleReminder)) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            _idleReminder = null;
        }
    }

    /// <summary>Stores that the trip is open before its first event is archived, so a reactivation knows to reload it.</summary>
    private async Task StartAsync(string vehicleId, string driverId)
    {
        state.State.VehicleId = vehicleId;
        state.State.DriverId = driverId;
        state.State.Status = TripStatus.InProgress;
        await state.WriteStateAsync();
        var period = options.Value.IdleTimeout > MinimumReminderPeriod ? options.Value.IdleTimeout : MinimumReminderPeriod;
        _idleReminder = await this.RegisterOrUpdateReminder(IdleReminder, period, period);
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
                _ => EndAsync(TripEndReason.IdleTimeout),
                new GrainTimerCreationOptions(idle, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
        else
        {
            _idleTimer.Change(idle, Timeout.InfiniteTimeSpan);
        }
    }
}
