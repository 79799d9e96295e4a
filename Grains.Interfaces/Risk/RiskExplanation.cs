using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Why a driver scores as they do: the expected claim frequency against that of the portfolio's average driver,
/// with the factors that raise and lower it, largest first. All factors together account for the whole gap:
/// ln(<see cref="ExpectedClaimFrequency"/>) − ln(<see cref="AverageDriverFrequency"/>) = Σ <see cref="RiskFactor.LogContribution"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RiskExplanation")]
public sealed record RiskExplanation(
    double ExpectedClaimFrequency,
    double AverageDriverFrequency,
    double Score,
    RiskCategory Category,
    bool UsesDrivingData,
    ImmutableArray<RiskFactor> Raising,
    ImmutableArray<RiskFactor> Lowering,
    string ModelVersion);
