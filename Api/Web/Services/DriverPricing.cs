using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Api.Web.Services;

/// <summary>What the pricing and advisor pages show: the premium, the model's explanation of it, and the what-ifs.</summary>
public sealed record DriverPricing(DriverProfile Profile, PremiumQuote? Premium, RiskExplanation? Explanation, IReadOnlyList<WhatIfResult> WhatIfs)
{
    /// <summary>The factors that cost the driver most, dearest first: those that raise the premium.</summary>
    public IReadOnlyList<RiskFactor> Costliest => Explanation is null ? [] : Explanation.Raising.OrderByDescending(f => f.LogContribution).ToList();

    public decimal Saving => Premium is { } p ? p.TraditionalPremium - p.TelematicsPremium : 0;
}
