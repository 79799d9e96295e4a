namespace Telematics.Insurance;

/// <summary>
/// The policies and the full history of their telematics premiums. A policy is a record that changes a few times a
/// year (issue, renewal, cancellation), not an actor, so it lives here rather than in a grain; the store's own
/// atomicity keeps a number unique and a driver to one active policy. The driver grain appends a premium change in one
/// step after each repricing, so a trip's cost does not grow with the history, and no grain state holds the history.
/// </summary>
public interface IPolicyStore
{
    /// <summary>Stores a new, active policy and the first entry of its premium history.</summary>
    /// <returns><see cref="PolicyWriteResult.NumberTaken"/> for a number in use, <see cref="PolicyWriteResult.DriverHasActivePolicy"/> when the driver has an active policy.</returns>
    Task<PolicyWriteResult> CreateAsync(Policy policy, PremiumChange issued, CancellationToken cancellationToken = default);

    Task<Policy?> GetAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>The policy's premium changes, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PremiumChange>> PremiumHistoryAsync(string number, int limit, CancellationToken cancellationToken = default);

    Task<PolicyPage> QueryAsync(PolicyQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the change to the history of the driver's active policy, unless that policy's term ended before the change,
    /// and makes it the policy's telematics premium; false when there is no such policy (nothing is stored).
    /// </summary>
    Task<bool> RecordPremiumAsync(string driverId, PremiumChange change, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one step, marks the active policy <paramref name="number"/> renewed as <paramref name="next"/> and stores
    /// <paramref name="next"/> with the first entry of its history.
    /// </summary>
    Task<PolicyWriteResult> RenewAsync(string number, Policy next, PremiumChange issued, CancellationToken cancellationToken = default);

    /// <summary>Cancels the active policy <paramref name="number"/> as of <paramref name="at"/>.</summary>
    Task<PolicyWriteResult> CancelAsync(string number, DateTimeOffset at, CancellationToken cancellationToken = default);
}
