using Telematics.Risk;

namespace Telematics.Pricing;

/// <summary>
/// Prices a driver from a risk assessment. Both premiums are expected cost (frequency × severity) grossed up by
/// the same loadings; the telematics premium is the traditional premium times the ratio of the telematics to the
/// classical expected cost, with that ratio held within the discount and surcharge caps.
/// </summary>
public static class PremiumCalculator
{
    public static PremiumQuote Calculate(RiskAssessment risk, double milesDriven, PricingOptions options, DateTimeOffset now)
    {
        var grossUp = 1 - options.ExpenseLoading - options.ProfitLoading;
        if (grossUp <= 0)
        {
            throw new ArgumentException("Expense and profit loadings must leave a positive share for claims.", nameof(options));
        }

        if (options.MaxDiscount is < 0 or > PricingOptions.DiscountCeiling || options.MaxSurcharge < 0)
        {
            throw new ArgumentException(
                $"MaxDiscount must lie in 0–{PricingOptions.DiscountCeiling:P0} and MaxSurcharge be at least 0; got {options.MaxDiscount:P0} and {options.MaxSurcharge:P0}.",
                nameof(options));
        }

        var traditional = risk.ClassicalFrequency * risk.ExpectedSeverity / grossUp;
        if (milesDriven < options.MinimumMiles)
        {
            var reason = $"Traditional premium: {milesDriven:F0} miles driven, fewer than the {options.MinimumMiles:F0} needed for a telematics rating.";
            return Quote(traditional, traditional, reason);
        }

        var rawRatio = risk.TelematicsFrequency / risk.ClassicalFrequency;
        var ratio = Math.Clamp(rawRatio, 1 - options.MaxDiscount, 1 + options.MaxSurcharge);
        var why = ratio < 1
            ? $"Driving data shows {1 - rawRatio:P0} fewer expected claims than the rating factors alone"
            : $"Driving data shows {rawRatio - 1:P0} more expected claims than the rating factors alone";
        var capped = ratio != rawRatio ? $", held at the {(ratio < 1 ? "discount" : "surcharge")} cap of {Math.Abs(1 - ratio):P0}." : ".";
        return Quote(traditional, traditional * ratio, why + capped);

        PremiumQuote Quote(double traditionalPremium, double telematicsPremium, string reason) => new(
            Math.Round((decimal)traditionalPremium, 2),
            Math.Round((decimal)telematicsPremium, 2),
            1 - telematicsPremium / traditionalPremium,
            reason,
            risk.ModelVersion,
            now);
    }
}
