namespace Telematics.Risk;

/// <summary>
/// One policy as a frequency model learns it. The Poisson fit uses the claim rate <c>Claims / ExposureYears</c> as
/// label with <c>ExposureYears</c> as weight: w·(e^η − y·η) = e·e^η − N·η, the Poisson log-likelihood with offset ln(e).
/// </summary>
public sealed record FrequencyExample(float[] Features, int Claims, double ExposureYears)
{
    public static FrequencyExample[] From(FrequencyFeatureSchema schema, IEnumerable<PortfolioPolicy> policies) =>
        [.. policies.Select(p =>
        {
            var features = new float[schema.Terms.Length];
            schema.Encode(p.Rating, p.Driving, features);
            return new FrequencyExample(features, p.Claims, p.ExposureYears);
        })];
}
