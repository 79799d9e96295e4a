using Microsoft.Extensions.Options;
using Telematics.Streams;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Holds a trip's events in memory while it runs; when it ends, stores only the computed features
/// and publishes <see cref="TripCompleted"/> on the driver's stream.
/// </summary>
public sealed class TripGrain(
    [PersistentState("trip", StorageNames.Telematics)] IPersistentState<TripState> state,
    IOptions<TripOptions> options) : Grain, ITripGrain
{
    private readonly SortedDictionary<DateTimeOffset, TelematicsEvent> _events = [];
    private IGrainTimer? _idleTimer;

    public async Task<TripAppendResult> AppendAsync(string vehicleId, string driverId, IReadOnlyList<TelematicsEvent> events)
    {
        if (state.State.Status == TripStatus.Completed)
        {
            return new TripAppendResult(0, 0, TripAppendOutcome.AlreadyClosed, state.State.Features?.EndedAt);
        }

        state.State.VehicleId = vehicleId;
        state.State.DriverId = driverId;
        state.State.Status = TripStatus.InProgress;

        var accepted = 0;
        foreach (var e in events)
        {
            if (_events.TryAdd(e.Timestamp, e))
            {
                accepted++;
            }
        }

        state.State.EventCount = _events.Count;
        ResetIdleTimer();

        if (_events.Count > 0 && _events.Last().Value.Ignition == false)
        {
            await EndAsync(TripEndReason.IgnitionOff);
            return new TripAppendResult(accepted, events.Count - accepted, TripAppendOutcome.AppendedAndClosed, state.State.Features?.EndedAt);
        }

        return new TripAppendResult(accepted, events.Count - accepted, TripAppendOutcome.Appended, null);
    }

    public async Task<TripSummary> EndAsync(TripEndReason reason)
    {
        if (state.State.Status != TripStatus.InProgress || _events.Count == 0)
        {
            return Summary();
        }

        var features = TripFeatureExtractor.Extract(TelemetryCleaner.Clean(_events.Values, options.Value.Cleaning), options.Value.Features);
        state.State.Status = TripStatus.Completed;
        state.State.EndReason = reason;
        state.State.Features = features;
        await state.WriteStateAsync();

        _idleTimer?.Dispose();
        _idleTimer = null;
        _events.Clear();

        var completed = new TripCompleted(this.GetPrimaryKeyString(), state.State.VehicleId!, state.State.DriverId!, reason, features);
        await this.GetStreamProvider(StreamNamespaces.Provider)
            .GetStream<TripCompleted>(StreamId.Create(StreamNamespaces.TripCompleted, completed.DriverId))
            .OnNextAsync(completed);
        return Summary();
    }

    public Task<TripSummary> GetSummaryAsync() => Task.FromResult(Summary());

    private TripSummary Summary() => new(
        this.GetPrimaryKeyString(),
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
