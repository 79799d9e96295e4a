using Telematics.Insurance;

namespace Telematics.Api.Insurance;

/// <summary>
/// A policy as clients see it, its status as of the answer (an active policy past its term is expired). The premium
/// history, newest first, comes with one policy, not with a list.
/// </summary>
public sealed record PolicyResponse(
    string Number,
    string DriverId,
    IReadOnlyList<string> VehicleIds,
    DateTimeOffset TermStart,
    DateTimeOffset TermEnd,
    PolicyStatus Status,
    decimal TraditionalPremium,
    decimal TelematicsPremium,
    DateTimeOffset IssuedAt,
    string? RenewalOf,
    string? RenewedAs,
    DateTimeOffset? CancelledAt,
    IReadOnlyList<PremiumChange>? PremiumHistory = null)
{
    public static PolicyResponse Of(Policy p, DateTimeOffset now, IReadOnlyList<PremiumChange>? history = null) =>
        new(p.Number, p.DriverId, p.VehicleIds, p.TermStart, p.TermEnd, p.StatusAt(now), p.TraditionalPremium, p.TelematicsPremium,
            p.IssuedAt, p.RenewalOf, p.RenewedAs, p.CancelledAt, history);
}
