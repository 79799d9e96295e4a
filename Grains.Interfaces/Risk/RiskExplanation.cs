using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// Why a driver scores as they do: the expected claim frequency against that of the portfolio's typical driver
/// (<see cref="AverageDriverFrequency"/>: every numeric variable at the portfolio's median, each category at its average
/// effect), with the factors that raise and lower it, largest first. All factors together account for the whole gap:
/// ln(<see cref="ExpectedClaimFrequency"/>) − ln(<see cref="AverageDriverFrequency"/>) = Σ <see cref="RiskFactor.LogContribution"/>.
/// <see cref="Summary"/> says it in a sentence: the multiple of the portfolio's claim rate, the category, and whether the score
/// is provisional. <see cref="Capped"/> names the variables outside the portfolio's range, scored at its edge: their
/// values should be reviewed (<see cref="NeedsReview"/>).
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
    string ModelVersion,
    double RelativeToAverage,
    bool Provisional,
    double MilesDriven,
    ImmutableArray<string> Capped,
    string Summary)
{
    public bool NeedsReview => !Capped.IsEmpty;
}
