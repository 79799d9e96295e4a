using Orleans.Placement;
using Telematics.Drivers;
using Telematics.Portfolio;
using Telematics.Storage;
using Telematics.Streams;

namespace Telematics.Rescoring;

/// <summary>
/// Rescores one page of drivers per timer tick, all of the page's drivers at once across the cluster (the batch size
/// bounds the fan-out), projects the page into the read model and publishes it on the job's stream in one event
/// (per-driver stream events cost three times the rescoring itself), and stores progress after each page. Between
/// ticks the grain answers progress and cancel.
/// A reminder outlives the silo: if the silo is lost, the reminder reactivates the job elsewhere and it goes on from
/// the last stored page; drivers of the page that was in flight answer with their stored outcome, so nobody is
/// rescored or counted twice.
/// Placed at random: the default, resource-optimized placement prefers the calling silo when loads are close, and
/// a job's load comes only after it is placed, so 164 of 165 jobs ran on the silo of the API node that received the
/// request. A job fans out over the whole cluster whichever silo coordinates it, so nothing is lost by placing it away.
/// </summary>
[RandomPlacement]
public sealed class RescoringJobGrain(
    [PersistentState("rescoring", StorageNames.Telematics)] IPersistentState<RescoringJobState> state,
    IDriverReadModel readModel,
    ITransientFailureClassifier failures,
    RescoringMetrics metrics,
    TimeProvider time) : Grain, IRescoringJobGrain, IRemindable
{
    private const string ResumeReminder = "resume";

    /// <summary>
    /// Calls of one driver before a transient failure makes its page be taken again, waiting 0.1, 0.2, 0.4, 0.8 s
    /// between them: a PostgreSQL restart was over within them in the tests of issue 29, and a retaken page waits
    /// that long again rather than spinning on the 1 ms timer.
    /// </summary>
    private const int TransientAttempts = 5;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);
    private IGrainTimer? _pages;
    private PageInFlight? _ahead;

    private string JobId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status == RescoringJobStatus.Running)
        {
            RunPages();
        }

        return Task.CompletedTask;
    }

    public async Task<RescoringProgress> StartAsync(RescoringRequest request)
    {
        if (state.State.Status != RescoringJobStatus.NotStarted)
        {
            return Progress();
        }

        state.State.Request = request;
        state.State.Status = RescoringJobStatus.Running;
        state.State.StartedAt = time.GetUtcNow();
        state.State.Total = request.DriverIds?.Count ?? await readModel.CountAsync(request.Filter);
        // Listed first: a job listed whose start then failed lists as not started, which the list's readers skip.
        await GrainFactory.GetGrainByKey<IRescoringJobListGrain>(IRescoringJobListGrain.Key).AddAsync(JobId);
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        RunPages();
        return Progress();
    }

    public Task<RescoringProgress> GetProgressAsync() => Task.FromResult(Progress());

    public async Task<RescoringProgress> CancelAsync()
    {
        if (state.State.Status == RescoringJobStatus.Running)
        {
            await FinishAsync(RescoringJobStatus.Cancelled);
        }

        return Progress();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        StopPages();
        return Task.CompletedTask;
    }

    private void RunPages()
    {
        if (_pages is null)
        {
            _pages = this.RegisterGrainTimer(RunNextPageAsync, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(1)) { KeepAlive = true });
            metrics.JobRunning();
        }
    }

    private void StopPages()
    {
        if (_pages is not null)
        {
            _pages.Dispose();
            _pages = null;
            metrics.JobStopped();
        }
    }

    private async Task RunNextPageAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status != RescoringJobStatus.Running)
        {
            return;
        }

        var request = state.State.Request!;
        var (page, rescoring) = _ahead ?? await StartPageAsync(request, state.State.Cursor, state.State.ListPosition, cancellationToken);
        _ahead = null;
        if (page.Count == 0)
        {
            await FinishAsync(RescoringJobStatus.Completed);
            return;
        }

        // The next page starts now, so the cluster goes on rescoring while this one is projected, counted and stored;
        // it is kept for the next tick only once this page is stored (otherwise this page would be skipped).
        var ahead = await StartPageAsync(request, page[^1], state.State.ListPosition + page.Count, cancellationToken);
        var results = await rescoring;
        if (results.Any(r => r.Transient))
        {
            // A silo is being lost: take the whole page again next tick, and the one after it. Drivers that were
            // rescored answer with their stored outcome, so repeating a page rescores and counts nobody twice.
            return;
        }

        // Before anything is counted: if this fails or the silo is lost, the page is taken again, projected and
        // published again (at least once, like every stream), and counted once.
        var rescored = results.Where(r => r.Outcome is not null).Select(r => r.Outcome!).ToList();
        await Task.WhenAll(
            readModel.UpsertAsync([.. rescored.Select(o => o.After.ToSummary())], cancellationToken),
            this.GetStreamProvider(StreamNamespaces.Provider)
                .GetStream<DriversRescored>(StreamId.Create(StreamNamespaces.DriversRescored, JobId))
                .OnNextAsync(new DriversRescored(JobId, [.. rescored.Select(RescoredDriver.From)])));

        foreach (var (driverId, outcome, failure, _) in results)
        {
            if (outcome is not null)
            {
                state.State.Tally.Add(outcome);
            }
            else
            {
                state.State.Tally.Fail(new RescoringFailure(driverId, failure!));
            }
        }

        state.State.Cursor = page[^1];
        state.State.ListPosition += page.Count;
        await state.WriteStateAsync();
        metrics.PageCounted(rescored.Count, results.Length - rescored.Count);
        _ahead = ahead;
    }

    /// <summary>
    /// Lists the page after <paramref name="cursor"/> (or <paramref name="listPosition"/> in a list of ids) and starts
    /// rescoring it. Pages are half the batch size: with two in flight, the batch size still bounds the fan-out.
    /// </summary>
    private async Task<PageInFlight> StartPageAsync(RescoringRequest request, string? cursor, int listPosition, CancellationToken cancellationToken)
    {
        var size = Math.Max(1, request.BatchSize / 2);
        IReadOnlyList<string> page = request.DriverIds is { } ids
            ? ids.Skip(listPosition).Take(size).ToList()
            : await readModel.ListDriverIdsAsync(cursor, size, request.Filter, cancellationToken);
        return new(page, Task.WhenAll(page.Select(id => RescoreOneAsync(id, request.ModelVersion))));
    }

    /// <summary>
    /// Rescores one driver, asking again after a transient failure (<see cref="ITransientFailureClassifier"/>): a
    /// database restart or a lost silo is not the driver's failure and is not recorded as one. Only a failure that is
    /// not transient is recorded; one that outlasts <see cref="TransientAttempts"/> makes the page be taken again.
    /// </summary>
    private async Task<DriverRescoring> RescoreOneAsync(string driverId, string? modelVersion)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new(driverId, await GrainFactory.GetGrainByKey<IDriverGrain>(driverId).RescoreAsync(JobId, modelVersion), null, false);
            }
            catch (Exception ex) when (failures.IsTransient(ex))
            {
                if (attempt == TransientAttempts)
                {
                    return new(driverId, null, ex.Message, true);
                }

                await Task.Delay(FirstRetryDelay * (1 << (attempt - 1)), time);
            }
            catch (Exception ex)
            {
                return new(driverId, null, ex.Message, false);
            }
        }
    }

    private async Task FinishAsync(RescoringJobStatus status)
    {
        state.State.Status = status;
        state.State.FinishedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        StopPages();
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private RescoringProgress Progress()
    {
        var s = state.State;
        var tally = s.Tally;
        var elapsed = ((s.FinishedAt ?? time.GetUtcNow()) - (s.StartedAt ?? time.GetUtcNow())).TotalSeconds;
        var rate = elapsed > 0 ? (tally.Done + tally.Failed) / elapsed : 0;
        var remaining = Math.Max(0, s.Total - tally.Done - tally.Failed);
        TimeSpan? eta = s.Status == RescoringJobStatus.Running && rate > 0 ? TimeSpan.FromSeconds(remaining / rate) : null;
        return new RescoringProgress(JobId, s.Status, s.Request?.ModelVersion, s.Total, tally.Done, tally.Failed, rate, eta, s.StartedAt, s.FinishedAt,
            tally.PremiumsUp, tally.PremiumsDown, tally.PremiumsUnchanged, tally.TotalPremiumChange,
            [.. tally.ScoreBandsBefore], [.. tally.ScoreBandsAfter], [.. tally.Failures], RuntimeIdentity);
    }

    /// <summary>One driver of a page: its outcome, or why it failed; a transient failure makes the page be taken again.</summary>
    private sealed record DriverRescoring(string DriverId, RescoreOutcome? Outcome, string? Failure, bool Transient);

    private sealed record PageInFlight(IReadOnlyList<string> Page, Task<DriverRescoring[]> Rescoring);
}
