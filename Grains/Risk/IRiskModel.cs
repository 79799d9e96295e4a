using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>Scores a driver. Implementations are thread-safe and loaded once.</summary>
public interface IRiskModel
{
    string Version { get; }

    /// <summary><paramref name="features"/> is null for a driver with no trips yet: the classical rating then stands alone.</summary>
    RiskAssessment Assess(RatingVariables rating, DriverFeatures? features);
}
