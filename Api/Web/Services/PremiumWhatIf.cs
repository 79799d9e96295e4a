using Microsoft.Extensions.Options;
using Telematics.Drivers;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Api.Web.Services;

/// <summary>
/// Prices a changed driving with the model that made the driver's current score and the same pricing as the driver
/// grain (<see cref="PremiumCalculator"/>): the what-if is what the driver would really be charged, caps included.
/// </summary>
public sealed class PremiumWhatIf(ModelRegistry models, IOptions<PricingOptions> pricing, TimeProvider time)
{
    public IReadOnlyList<WhatIfResult> Price(DriverProfile profile, string? modelVersion, IEnumerable<WhatIfScenario> scenarios)
    {
        if (profile.Features is not { } features)
        {
            return [];
        }

        IRiskModel model = modelVersion is not null && models.TryGet(modelVersion, out var used) ? used : models.Current;
        var today = PriceOf(model, profile.Rating, features);
        return scenarios.Select(s => new WhatIfResult(s, PriceOf(model, profile.Rating, s.Change(features)), today)).ToList();
    }

    private decimal PriceOf(IRiskModel model, RatingVariables rating, DriverFeatures features) =>
        PremiumCalculator.Calculate(model.Assess(rating, features), features.TotalMilesDriven, pricing.Value, time.GetUtcNow()).TelematicsPremium;
}
