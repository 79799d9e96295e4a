using Telematics.Drivers;
using Telematics.Insurance;

namespace Telematics.Api.Insurance;

/// <summary>
/// Issues and renews policies at the driver's current premiums; used by the policies API and the built-in fleet.
/// </summary>
public sealed class PolicyService(IPolicyStore policies, IGrainFactory grains, TimeProvider time)
{
    /// <summary>The driver's policies, the latest term first: their current one and the renewed, expired and cancelled before it.</summary>
    public async Task<IReadOnlyList<Policy>> OfDriverAsync(string driverId, int limit, CancellationToken cancellationToken = default) =>
        (await policies.QueryAsync(new PolicyQuery(time.GetUtcNow(), DriverId: driverId, SortBy: "termStart", Descending: true, PageSize: limit), cancellationToken)).Items;

    /// <summary>Stores a new active policy; <see cref="PolicyWriteResult.NotFound"/> when the driver is not registered.</summary>
    public async Task<(PolicyWriteResult Result, Policy? Policy)> IssueAsync(
        string number, string driverId, IReadOnlyList<string> vehicleIds, DateTimeOffset termStart, DateTimeOffset termEnd)
    {
        if (await grains.GetGrainByKey<IDriverGrain>(driverId).GetPremiumAsync() is not { } quote)
        {
            return (PolicyWriteResult.NotFound, null);
        }

        var now = time.GetUtcNow();
        var policy = new Policy(number, driverId, vehicleIds, termStart, termEnd, PolicyStatus.Active, quote.TraditionalPremium, quote.TelematicsPremium, now);
        var result = await policies.CreateAsync(policy, PremiumChange.Of(quote, "policy issued") with { At = now });
        return (result, result == PolicyWriteResult.Done ? policy : null);
    }

    /// <summary>
    /// Stores the next term of an active policy, as long as the last and straight after it, at the driver's current
    /// premiums, and marks the policy renewed.
    /// </summary>
    public async Task<(PolicyWriteResult Result, Policy? Renewal)> RenewAsync(Policy current, string number)
    {
        if (await grains.GetGrainByKey<IDriverGrain>(current.DriverId).GetPremiumAsync() is not { } quote)
        {
            return (PolicyWriteResult.NotFound, null);
        }

        var now = time.GetUtcNow();
        var renewal = new Policy(
            number, current.DriverId, current.VehicleIds, current.TermEnd, current.TermEnd + (current.TermEnd - current.TermStart), PolicyStatus.Active,
            quote.TraditionalPremium, quote.TelematicsPremium, now, RenewalOf: current.Number);
        var result = await policies.RenewAsync(current.Number, renewal, PremiumChange.Of(quote, $"renewal of {current.Number}") with { At = now });
        return (result, result == PolicyWriteResult.Done ? renewal : null);
    }
}
