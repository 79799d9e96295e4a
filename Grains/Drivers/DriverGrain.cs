using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;
using Telematics.Drivers.Features;
using Telematics.Ids;
using Telematics.Insurance;
using Telematics.Portfolio;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Safety;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Counts a driver's trips into sums per period over the feature window and stores each in the trip store, rescoring and
/// repricing after each one. The implicit subscription activates the driver for every trip its vehicles complete.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.TripCompleted)]
public sealed class DriverGrain(
    [PersistentState("driver", StorageNames.Telematics)] IPersistentState<DriverState> state,
    [PersistentState("driver-notifications", StorageNames.Telematics)] IPersistentState<DriverNotificationsState> notifications,
    ModelRegistry models,
    ITripStore trips,
    IPolicyStore policies,
    DriverUpdatePublisher updates,
    IOptions<DriverOptions> driverOptions,
    IOptions<TripOptions> tripOptions,
    IOptions<PricingOptions> pricingOptions,
    TimeProvider time,
    ILogger<DriverGrain> logger) : Grain, IDriverGrain, IStreamSubscriptionObserver, IAsyncObserver<TripCompleted>
{
    /// <summary>Enough to tell a redelivered trip without the trip store: a stream redelivers what it just delivered.</summary>
    private const int RecentTripIdsKept = 32;

    private bool _notified;

    /// <summary>Whether a trip of the driver arrived in this activation: a driver who is driving stays active after a rescore.</summary>
    private bool _tripArrived;

    private string DriverId => this.GetPrimaryKeyString();

    /// <summary>
    /// Converts a state stored with its trips and notifications (<see cref="DriverStateUpgrade"/>): they are stored where
    /// they now live before the driver's state is written without them, so an activation lost half-way converts again.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!DriverStateUpgrade.IsNeeded(state.State))
        {
            return;
        }

        await trips.AddAsync(DriverStateUpgrade.Apply(state.State, notifications.State, RecentTripIdsKept), cancellationToken);
        await notifications.WriteStateAsync(cancellationToken);
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task<DriverProfile> RegisterAsync(DriverRegistration registration)
    {
        if (state.State.Registration is not null)
        {
            throw new AlreadyRegisteredException("Driver", DriverId, "");
        }

        // Scoring refuses invalid rating variables; checking first keeps a refused registration out of the state.
        models.Current.Assess(registration.Rating, null);
        state.State.Registration = registration;
        await RecalculateAsync();
        return Profile()!;
    }

    public async Task<DriverProfile> UpdateProfileAsync(DriverProfileChange change)
    {
        var registration = state.State.Registration ?? throw new DriverNotRegisteredException(DriverId);
        var changed = change.ApplyTo(registration);
        if (changed.Rating != registration.Rating)
        {
            // As at registration: a refused rating never reaches the state.
            models.Current.Assess(changed.Rating, null);
            state.State.Registration = changed;
            await ScoreAsync(models.Current, rescoringJobId: null, tripId: null, "rating variables changed");
        }
        else if (changed != registration)
        {
            state.State.Registration = changed;
            await state.WriteOrDeactivateAsync(this);
            if (changed.Name != registration.Name && state.State is { Score: { } score, Premium: { } premium })
            {
                // The admin lists show and search the name: the read model takes it now, not at the next trip.
                var profile = Profile()!;
                await updates.PublishAsync(new DriverUpdated(DriverId, profile.Name, profile.TripCount, profile.TotalMiles, score, premium, time.GetUtcNow()));
            }
        }

        return Profile()!;
    }

    public Task<DriverProfile?> GetProfileAsync() => Task.FromResult(Profile());

    public Task<TripPage> GetTripsAsync(TripCursor? before, int limit) => trips.PageAsync(DriverId, before, limit);

    public Task<RiskScore?> GetRiskScoreAsync() => Task.FromResult(state.State.Score);

    public Task<IReadOnlyList<RiskScore>> GetScoreHistoryAsync() => Task.FromResult<IReadOnlyList<RiskScore>>([.. state.State.Scores.Scores]);

    public Task<PremiumQuote?> GetPremiumAsync() => Task.FromResult(state.State.Premium);

    public async Task<PremiumQuote> RecalculateAsync() => (await ScoreAsync(models.Current, rescoringJobId: null, tripId: null, "recalculated")).PremiumAfter;

    /// <summary>Explains with the model that made the current score (a rescoring may have named another than the current one).</summary>
    public Task<RiskExplanation?> ExplainAsync(int factors)
    {
        var model = state.State.Score is { } score && models.TryGet(score.ModelVersion, out var scoring) ? scoring : models.Current;
        return Task.FromResult(state.State.Registration is { } r ? model.Explain(r.Rating, state.State.Features, factors, state.State.Premium?.TelematicsPremium) : null);
    }

    public async Task<RescoreOutcome> RescoreAsync(string jobId, string? modelVersion)
    {
        if (state.State.LastRescore is { } last && last.JobId == jobId)
        {
            return last;
        }

        var outcome = await ScoreAsync(modelVersion is null ? models.Current : models.Get(modelVersion), jobId, tripId: null, $"rescoring job {jobId}");
        // A portfolio's rescoring activates every driver. Kept until idle, they held the book's states in memory for
        // minutes, and the collector promoted and moved them: deactivated at once, 100,000 drivers with a year each rescored
        // 2 to 2.5 times faster in half the memory (bench/results/portfolio-scale.md). A driver not driving now is read
        // again from storage when next wanted.
        if (!_tripArrived)
        {
            DeactivateOnIdle();
        }

        return outcome;
    }

    /// <summary>
    /// Rescores and reprices, tells the driver of a premium change, and stores the result. Outside a rescoring job it goes
    /// to the read model and the live feed; a job stores its outcome here and publishes and projects whole pages itself.
    /// A changed premium goes to the history of the driver's policy, with <paramref name="reason"/>.
    /// </summary>
    private async Task<RescoreOutcome> ScoreAsync(IRiskModel riskModel, string? rescoringJobId, string? tripId, string reason)
    {
        var registration = state.State.Registration ?? throw new DriverNotRegisteredException(DriverId);
        var now = time.GetUtcNow();
        var window = Window(registration, now);
        state.State.History.DropBefore(window);
        var features = !state.State.History.IsEmpty ? DriverFeatureAggregator.Aggregate(state.State.History, window) : null;
        var assessment = riskModel.Assess(registration.Rating, features);
        var score = new RiskScore(
            assessment.TelematicsFrequency, assessment.Score, assessment.Category, assessment.ModelVersion, now,
            assessment.RelativeToAverage, assessment.Provisional, assessment.MilesDriven);
        var premium = PremiumCalculator.Calculate(assessment, features?.TotalMilesDriven ?? 0, pricingOptions.Value, now);

        var previousScore = state.State.Score;
        var previousPremium = state.State.Premium;
        state.State.Features = features;
        state.State.Score = score;
        state.State.Premium = premium;
        state.State.Scores.Add(score, driverOptions.Value.ScoreHistoryKept);
        var profile = Profile()!;
        var driver = new DriverUpdated(DriverId, profile.Name, profile.TripCount, profile.TotalMiles, score, premium, now);
        var outcome = new RescoreOutcome(rescoringJobId ?? "", previousScore, previousPremium, driver);
        if (previousPremium is { } before && Math.Abs(premium.TelematicsPremium - before.TelematicsPremium) >= before.TelematicsPremium / 100)
        {
            Notify("PremiumChanged", $"Your premium is now {premium.TelematicsPremium:N2} (was {before.TelematicsPremium:N2}). {premium.Reason}", tripId, now);
        }

        if (rescoringJobId is not null)
        {
            state.State.LastRescore = outcome;
        }

        await RecordPolicyPremiumAsync(previousPremium, premium, reason);
        // A failed write deactivates the driver: kept, it would take the stream's redelivery of this trip for one already counted.
        await state.WriteOrDeactivateAsync(this);
        await WriteNotificationsAsync();
        if (rescoringJobId is null)
        {
            await updates.PublishAsync(driver);
        }

        return outcome;
    }

    /// <summary>
    /// Appended before the driver's state is written, never after: if that write fails, the retry appends the change
    /// again (a repeated entry) rather than the history missing one. A failed append deactivates the driver, which has
    /// already changed its state in memory, so the retry starts from what is stored.
    /// </summary>
    private async Task RecordPolicyPremiumAsync(PremiumQuote? before, PremiumQuote after, string reason)
    {
        if (!PremiumChange.IsChange(before, after))
        {
            return;
        }

        try
        {
            await policies.RecordPremiumAsync(DriverId, PremiumChange.Of(after, reason));
        }
        catch (Exception ex)
        {
            DeactivateOnIdle();
            throw new StorageUnavailableException($"the premium history of driver {DriverId}", ex.Message);
        }
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<TripCompleted>().ResumeAsync(this);

    public async Task OnNextAsync(TripCompleted trip, StreamSequenceToken? token = null)
    {
        _tripArrived = true;
        if (state.State.Registration is null)
        {
            logger.LogWarning("Trip {TripId} completed for unregistered driver {DriverId}; ignored", trip.TripId, DriverId);
            return;
        }

        // Streams deliver at least once, and a trip may arrive after later ones: a trip counted already is not counted again.
        var summary = new TripSummary(trip.TripId, trip.VehicleId, trip.DriverId, TripStatus.Completed, trip.EndReason, trip.Features, trip.Features.EventCount);
        if (state.State.RecentTripIds.Contains(trip.TripId))
        {
            // Stored again in case the store's write was lost after the count was: storing is idempotent.
            await trips.AddAsync([summary]);
            await ReleaseTripAsync(trip.TripId);
            return;
        }

        if (await trips.ContainsAsync(DriverId, trip.TripId, trip.Features.StartedAt))
        {
            await ReleaseTripAsync(trip.TripId);
            return;
        }

        state.State.History.Add(trip.Features);
        state.State.RecentTripIds.Add(trip.TripId);
        Trim(state.State.RecentTripIds, RecentTripIdsKept);
        var alerts = SafetyAlertRules.Evaluate(trip.Features);
        foreach (var (kind, message) in alerts)
        {
            Notify(kind.ToString(), message, trip.TripId, trip.Features.EndedAt);
        }

        // The notifications are stored after the new score.
        await ScoreAsync(models.Current, rescoringJobId: null, trip.TripId, $"trip {trip.TripId}");
        // Stored after the count is, so that a stored trip is a counted one.
        await trips.AddAsync([summary]);
        await ReleaseTripAsync(trip.TripId);
    }

    /// <summary>
    /// Tells the trip that the trip store now answers for it, so it removes its own row. A row left behind costs storage,
    /// not a wrong count, so a failure is logged and the trip's count stands.
    /// </summary>
    private async Task ReleaseTripAsync(string tripId)
    {
        try
        {
            await GrainFactory.GetGrainByKey<ITripGrain>(tripId).SummaryStoredAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Trip {TripId} of driver {DriverId} kept its stored state", tripId, DriverId);
        }
    }

    public Task<IReadOnlyList<DriverNotification>> GetNotificationsAsync(int limit) =>
        Task.FromResult<IReadOnlyList<DriverNotification>>(notifications.State.Items.AsEnumerable().Reverse().Take(limit).ToList());

    public Task<DriverStatistics?> GetStatisticsAsync() => Task.FromResult(state.State.Registration is { } registration
        ? DriverStatisticsCalculator.From(state.State.History, Window(registration, time.GetUtcNow()))
        : null);

    private void Notify(string kind, string message, string? tripId, DateTimeOffset at)
    {
        notifications.State.Items.Add(new DriverNotification(kind, message, tripId, at));
        Trim(notifications.State.Items, driverOptions.Value.NotificationsKept);
        _notified = true;
    }

    /// <summary>
    /// Written after the driver's state, never before: lost with a silo in between, a notification is a missing message,
    /// while a trip counted twice would be a wrong premium.
    /// </summary>
    private async Task WriteNotificationsAsync()
    {
        if (_notified)
        {
            _notified = false;
            await notifications.WriteOrDeactivateAsync(this);
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Trip stream of driver {DriverId} failed", DriverId);
        return Task.CompletedTask;
    }

    private DriverProfile? Profile() => state.State.Registration is { } r
        ? new DriverProfile(DriverId, r.Name, r.Rating, r.PolicyStart, state.State.History.TripCount,
            state.State.History.DistanceMiles, state.State.Features, r.TimeZoneId, r.Email, r.Phone)
        : null;

    private FeatureWindow Window(DriverRegistration registration, DateTimeOffset now) =>
        FeatureWindow.Of(registration.PolicyStart, now, driverOptions.Value.FeatureWindow, TimeZoneOf(registration));

    /// <summary>The driver's own zone, which their trips' local-time features use too, else the configured one.</summary>
    private TimeZoneInfo TimeZoneOf(DriverRegistration registration) =>
        (registration.TimeZoneId is { } zone ? tripOptions.Value.Features.WithTimeZone(zone) : tripOptions.Value.Features).ResolveTimeZone();

    private static void Trim<T>(List<T> list, int keep)
    {
        if (list.Count > keep)
        {
            list.RemoveRange(0, list.Count - keep);
        }
    }
}
