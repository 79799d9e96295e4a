using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;
using Telematics.Ids;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Safety;
using Telematics.Storage;
using Telematics.Streams;
using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// Keeps a driver's trips in the feature window, rescoring and repricing after each one.
/// The implicit subscription activates the driver for every trip its vehicles complete.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.TripCompleted)]
public sealed class DriverGrain(
    [PersistentState("driver", StorageNames.Telematics)] IPersistentState<DriverState> state,
    ModelRegistry models,
    IOptions<DriverOptions> driverOptions,
    IOptions<PricingOptions> pricingOptions,
    TimeProvider time,
    ILogger<DriverGrain> logger) : Grain, IDriverGrain, IStreamSubscriptionObserver, IAsyncObserver<TripCompleted>
{
    private string DriverId => this.GetPrimaryKeyString();

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

    public Task<DriverProfile?> GetProfileAsync() => Task.FromResult(Profile());

    public Task<IReadOnlyList<TripSummary>> GetTripsAsync(int limit) =>
        Task.FromResult<IReadOnlyList<TripSummary>>(state.State.Trips.AsEnumerable().Reverse().Take(limit).ToList());

    public Task<RiskScore?> GetRiskScoreAsync() => Task.FromResult(state.State.Score);

    public Task<IReadOnlyList<RiskScore>> GetScoreHistoryAsync() => Task.FromResult<IReadOnlyList<RiskScore>>([.. state.State.ScoreHistory]);

    public Task<PremiumQuote?> GetPremiumAsync() => Task.FromResult(state.State.Premium);

    public async Task<PremiumQuote> RecalculateAsync() => (await ScoreAsync(models.Current, rescoringJobId: null, tripId: null)).PremiumAfter;

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

        return await ScoreAsync(modelVersion is null ? models.Current : models.Get(modelVersion), jobId, tripId: null);
    }

    /// <summary>
    /// Rescores and reprices, tells the driver of a premium change, and stores the result. Outside a rescoring job it is
    /// published on the driver's streams; a job stores its outcome here and publishes and projects whole pages itself.
    /// </summary>
    private async Task<RescoreOutcome> ScoreAsync(IRiskModel riskModel, string? rescoringJobId, string? tripId)
    {
        var registration = state.State.Registration ?? throw new DriverNotRegisteredException(DriverId);
        var now = time.GetUtcNow();
        var windowStart = Max(registration.PolicyStart, now - driverOptions.Value.FeatureWindow);
        state.State.Trips.RemoveAll(t => t.Features!.EndedAt < windowStart);

        var trips = state.State.Trips.Select(t => t.Features!).ToList();
        var features = trips.Count > 0 ? DriverFeatureAggregator.Aggregate(trips, windowStart, now) : null;
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
        state.State.ScoreHistory.Add(score);
        Trim(state.State.ScoreHistory, driverOptions.Value.ScoreHistoryKept);
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

        // A failed write deactivates the driver: kept, it would take the stream's redelivery of this trip for one already counted.
        await state.WriteOrDeactivateAsync(this);
        if (rescoringJobId is null)
        {
            await Stream<RiskScoreCalculated>(StreamNamespaces.RiskScoreCalculated).OnNextAsync(new RiskScoreCalculated(DriverId, score, previousScore));
            await Stream<PremiumUpdated>(StreamNamespaces.PremiumUpdated).OnNextAsync(new PremiumUpdated(DriverId, premium, previousPremium));
            await Stream<DriverUpdated>(StreamNamespaces.DriverUpdated).OnNextAsync(driver);
        }

        return outcome;
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<TripCompleted>().ResumeAsync(this);

    public async Task OnNextAsync(TripCompleted trip, StreamSequenceToken? token = null)
    {
        if (state.State.Registration is null)
        {
            logger.LogWarning("Trip {TripId} completed for unregistered driver {DriverId}; ignored", trip.TripId, DriverId);
            return;
        }

        // Streams deliver at least once: a trip already counted is not counted again.
        if (state.State.Trips.Any(t => t.TripId == trip.TripId))
        {
            return;
        }

        state.State.Trips.Add(new TripSummary(trip.TripId, trip.VehicleId, trip.DriverId, TripStatus.Completed, trip.EndReason, trip.Features, trip.Features.EventCount));
        var alerts = SafetyAlertRules.Evaluate(trip.Features);
        foreach (var (kind, message) in alerts)
        {
            Notify(kind.ToString(), message, trip.TripId, trip.Features.EndedAt);
        }

        // The notifications are stored by the write that stores the new score.
        await ScoreAsync(models.Current, rescoringJobId: null, trip.TripId);

        var safety = Stream<SafetyAlert>(StreamNamespaces.SafetyAlert);
        foreach (var (kind, message) in alerts)
        {
            await safety.OnNextAsync(new SafetyAlert(DriverId, trip.TripId, kind, message, trip.Features.EndedAt));
        }
    }

    public Task<IReadOnlyList<DriverNotification>> GetNotificationsAsync(int limit) =>
        Task.FromResult<IReadOnlyList<DriverNotification>>(state.State.Notifications.AsEnumerable().Reverse().Take(limit).ToList());

    public Task<DriverStatistics?> GetStatisticsAsync() => Task.FromResult(state.State.Registration is null
        ? null
        : DriverStatisticsCalculator.From(state.State.Trips.Select(t => t.Features!).ToList()));

    private void Notify(string kind, string message, string? tripId, DateTimeOffset at)
    {
        state.State.Notifications.Add(new DriverNotification(kind, message, tripId, at));
        Trim(state.State.Notifications, driverOptions.Value.NotificationsKept);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Trip stream of driver {DriverId} failed", DriverId);
        return Task.CompletedTask;
    }

    private DriverProfile? Profile() => state.State.Registration is { } r
        ? new DriverProfile(DriverId, r.Name, r.Rating, r.PolicyStart, state.State.Trips.Count, state.State.Trips.Sum(t => t.Features!.DistanceMiles), state.State.Features, r.TimeZoneId)
        : null;

    private IAsyncStream<T> Stream<T>(string @namespace) =>
        this.GetStreamProvider(StreamNamespaces.Provider).GetStream<T>(StreamId.Create(@namespace, DriverId));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static void Trim<T>(List<T> list, int keep)
    {
        if (list.Count > keep)
        {
            list.RemoveRange(0, list.Count - keep);
        }
    }
}
