using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Trips;

namespace Telematics.Drivers;

/// <summary>
/// A driver (key: driver id). Consumes the driver's <see cref="TripCompleted"/> stream, keeps rolling features,
/// scores and prices the driver, and sends its <see cref="DriverUpdated"/> to the read model and the live feed.
/// </summary>
[Alias("telematics.IDriverGrain")]
public interface IDriverGrain : IGrainWithStringKey
{
    /// <summary>Registers a new driver; throws <see cref="Ids.AlreadyRegisteredException"/> for one registered already.</summary>
    [Alias("Register")]
    Task<DriverProfile> RegisterAsync(DriverRegistration registration);

    /// <summary>
    /// Changes the driver's name, contact details or rating variables and, when the rating changed, reprices at once.
    /// Throws <see cref="DriverNotRegisteredException"/> for an unknown driver and
    /// <see cref="Risk.InvalidRatingVariablesException"/> for rating variables the model refuses (nothing is changed then).
    /// </summary>
    [Alias("UpdateProfile")]
    Task<DriverProfile> UpdateProfileAsync(DriverProfileChange change);

    /// <summary>Null when no driver with this id was registered.</summary>
    [Alias("GetProfile")]
    Task<DriverProfile?> GetProfileAsync();

    /// <summary>The driver's trips before <paramref name="before"/> (from the latest when null), newest first, at most <paramref name="limit"/>.</summary>
    [Alias("GetTrips")]
    Task<TripPage> GetTripsAsync(TripCursor? before, int limit);

    [Alias("GetRiskScore")]
    Task<RiskScore?> GetRiskScoreAsync();

    /// <summary>The driver's scores, oldest first (the most recent <c>Telematics:Drivers:ScoreHistoryKept</c>).</summary>
    [Alias("GetScoreHistory")]
    Task<IReadOnlyList<RiskScore>> GetScoreHistoryAsync();

    /// <summary>The current model's explanation of the driver's score, its <paramref name="factors"/> largest factors each way; null for an unknown driver.</summary>
    [Alias("Explain")]
    Task<RiskExplanation?> ExplainAsync(int factors);

    /// <summary>The driver's notifications (safety alerts, premium changes), newest first.</summary>
    [Alias("GetNotifications")]
    Task<IReadOnlyList<DriverNotification>> GetNotificationsAsync(int limit);

    /// <summary>The driver's driving over the feature window; null for an unknown driver.</summary>
    [Alias("GetStatistics")]
    Task<DriverStatistics?> GetStatisticsAsync();

    [Alias("GetPremium")]
    Task<PremiumQuote?> GetPremiumAsync();

    /// <summary>Rescores and reprices from the current features; throws <see cref="DriverNotRegisteredException"/> for an unknown driver.</summary>
    [Alias("Recalculate")]
    Task<PremiumQuote> RecalculateAsync();

    /// <summary>
    /// Rescores for a rescoring job. A driver is rescored once per job: asked again by the same job (after the job's
    /// silo was lost), it answers with the outcome it already had.
    /// </summary>
    [Alias("Rescore")]
    Task<RescoreOutcome> RescoreAsync(string jobId, string? modelVersion);
}
