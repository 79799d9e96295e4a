using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>The risk model grains use: whichever version the registry currently points at.</summary>
public sealed class CurrentRiskModel(ModelRegistry registry) : IRiskModel
{
    public string Version => registry.Current.Version;

    public RiskAssessment Assess(RatingVariables rating, DriverFeatures? features) => registry.Current.Assess(rating, features);

    public RiskExplanation Explain(RatingVariables rating, DriverFeatures? features, int factors) =>
        registry.Current.Explain(rating, features, factors);
}
