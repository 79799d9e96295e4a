using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>Scores a driver. Implementations are thread-safe and loaded once.</summary>
public interface IRiskModel
{
    string Version { get; }

    /// <summary>
    /// <paramref name="features"/> is null for a driver with no trips yet: the classical rating then stands alone.
    /// Throws <see cref="InvalidRatingVariablesException"/> for rating variables that cannot be scored.
    /// </summary>
    RiskAssessment Assess(RatingVariables rating, DriverFeatures? features);

    /// <summary>
    /// Why <see cref="Assess"/> says what it says: at most <paramref name="factors"/> factors raising and as many lowering the
    /// frequency. Given the driver's <paramref name="annualPremium"/>, each factor also says what it adds to it in money.
    /// </summary>
    RiskExplanation Explain(RatingVariables rating, DriverFeatures? features, int factors, decimal? annualPremium = null);
}
