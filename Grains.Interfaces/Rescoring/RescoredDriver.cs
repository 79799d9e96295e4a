using Telematics.Risk;

namespace Telematics.Rescoring;

/// <summary>
/// One driver of a published rescoring page: the figures systems downstream act on. The full score, premium quote and
/// explanation are one API call away; carrying them all made publishing a page cost a fifth of the job's throughput.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RescoredDriver")]
public sealed record RescoredDriver(
    string DriverId,
    double? ScoreBefore,
    double ScoreAfter,
    RiskCategory CategoryAfter,
    string ModelVersion,
    decimal? PremiumBefore,
    decimal PremiumAfter,
    DateTimeOffset RescoredAt)
{
    public static RescoredDriver From(RescoreOutcome outcome) => new(
        outcome.After.DriverId,
        outcome.ScoreBefore?.Score,
        outcome.ScoreAfter.Score,
        outcome.ScoreAfter.Category,
        outcome.ScoreAfter.ModelVersion,
        outcome.PremiumBefore?.TelematicsPremium,
        outcome.PremiumAfter.TelematicsPremium,
        outcome.ScoreAfter.CalculatedAt);
}
