namespace Telematics.Risk;

public static class RiskCategories
{
    /// <summary>Quartiles of the 0–100 score.</summary>
    public static RiskCategory FromScore(double score) => score switch
    {
        < 25 => RiskCategory.Low,
        < 50 => RiskCategory.Moderate,
        < 75 => RiskCategory.High,
        _ => RiskCategory.VeryHigh,
    };
}
