namespace Telematics.Insurance;

/// <summary>
/// One term of an insurance policy: whose it is, the vehicles it covers, the term, the traditional premium it was issued
/// at and its current telematics premium (the last of its <see cref="PremiumChange"/>s). A renewal is a new policy
/// (<see cref="RenewalOf"/>) and marks this one <see cref="PolicyStatus.Renewed"/> (<see cref="RenewedAs"/>).
/// </summary>
/// <param name="Status">The stored status: never <see cref="PolicyStatus.Expired"/>, which <see cref="StatusAt"/> derives.</param>
public sealed record Policy(
    string Number,
    string DriverId,
    IReadOnlyList<string> VehicleIds,
    DateTimeOffset TermStart,
    DateTimeOffset TermEnd,
    PolicyStatus Status,
    decimal TraditionalPremium,
    decimal TelematicsPremium,
    DateTimeOffset IssuedAt,
    string? RenewalOf = null,
    string? RenewedAs = null,
    DateTimeOffset? CancelledAt = null)
{
    public PolicyStatus StatusAt(DateTimeOffset now) => Status == PolicyStatus.Active && TermEnd <= now ? PolicyStatus.Expired : Status;

    /// <summary>
    /// Whether a premium calculated at <paramref name="at"/> belongs to this policy's history: it is active and its term
    /// has not ended. A renewal is active from its issue, before its term starts, so no change falls between two terms.
    /// </summary>
    public bool RecordsPremiumAt(DateTimeOffset at) => Status == PolicyStatus.Active && at < TermEnd;
}
