namespace Telematics.Risk;

/// <summary>
/// A category reads the expected claim frequency as a multiple of the portfolio's claim rate, so "High" means
/// "clearly more claims than the average driver" whatever the shape of the score's distribution (a percentile
/// cut at the median would call the average driver of a skewed portfolio "High"). Cut-offs, lower bound inclusive:
/// Low below 0.75×, Moderate 0.75× to 1.25×, High 1.25× to 2×, VeryHigh 2× and above.
/// </summary>
public static class RiskCategories
{
    public const double ModerateFrom = 0.75;
    public const double HighFrom = 1.25;
    public const double VeryHighFrom = 2;

    public static RiskCategory FromRelativeFrequency(double multiple) => multiple switch
    {
        < ModerateFrom => RiskCategory.Low,
        < HighFrom => RiskCategory.Moderate,
        < VeryHighFrom => RiskCategory.High,
        _ => RiskCategory.VeryHigh,
    };
}
