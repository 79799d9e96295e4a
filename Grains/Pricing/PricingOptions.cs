namespace Telematics.Pricing;

public sealed class PricingOptions
{
    public const string Section = "Telematics:Pricing";

    /// <summary>Share of the premium for expenses (acquisition, administration, claims handling). Default: 25%.</summary>
    public double ExpenseLoading { get; set; } = 0.25;

    /// <summary>Share of the premium for profit and risk margin. Default: 5%.</summary>
    public double ProfitLoading { get; set; } = 0.05;

    /// <summary>The largest discount any telematics rating may give: the premium never falls below 55% of the traditional one.</summary>
    public const double DiscountCeiling = 0.45;

    /// <summary>The largest telematics discount on the traditional premium, at most <see cref="DiscountCeiling"/>. Default: 45%.</summary>
    public double MaxDiscount { get; set; } = 0.45;

    /// <summary>The largest telematics surcharge on the traditional premium. Default: 30%.</summary>
    public double MaxSurcharge { get; set; } = 0.30;

    /// <summary>Below these miles in the feature window the telematics rating is not credible and the traditional premium applies. Default: 500.</summary>
    public double MinimumMiles { get; set; } = 500;
}
