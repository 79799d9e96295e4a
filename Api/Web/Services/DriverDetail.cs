using Telematics.Devices;
using Telematics.Insurance;
using Telematics.Risk;

namespace Telematics.Api.Web.Services;

/// <summary>
/// What the insurer's page of one driver shows: the summary the driver sees (<see cref="DriverOverview"/>), the factors
/// that explain the score, and what only the insurer looks at: the rating variables, the devices and the policies.
/// </summary>
public sealed record DriverDetail(
    DriverOverview Overview,
    RiskExplanation? Explanation,
    IReadOnlyList<DeviceSummary> Devices,
    IReadOnlyList<Policy> Policies)
{
    /// <summary>The explanation's factors by the size of their effect, raising or lowering, largest first.</summary>
    public IReadOnlyList<RiskFactor> TopFactors =>
        Explanation is null ? [] : [.. Explanation.Raising.Concat(Explanation.Lowering).OrderByDescending(f => Math.Abs(f.LogContribution))];
}
