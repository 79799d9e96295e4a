using Telematics.Portfolio;

namespace Telematics.Rescoring;

/// <summary>The running result of a rescoring job; <see cref="Add(RescoreOutcome)"/> is pure bookkeeping, testable alone.</summary>
[GenerateSerializer, Alias("telematics.RescoringTally")]
public sealed class RescoringTally
{
    public const int MaxFailuresListed = 100;

    [Id(0)] public long Done { get; set; }
    [Id(1)] public long Failed { get; set; }
    [Id(2)] public long PremiumsUp { get; set; }
    [Id(3)] public long PremiumsDown { get; set; }
    [Id(4)] public long PremiumsUnchanged { get; set; }
    [Id(5)] public decimal TotalPremiumChange { get; set; }
    [Id(6)] public long[] ScoreBandsBefore { get; set; } = new long[ScoreBands.Count];
    [Id(7)] public long[] ScoreBandsAfter { get; set; } = new long[ScoreBands.Count];
    [Id(8)] public List<RescoringFailure> Failures { get; set; } = [];

    public void Add(RescoreOutcome outcome)
    {
        Done++;
        var change = outcome.PremiumAfter.TelematicsPremium - (outcome.PremiumBefore?.TelematicsPremium ?? outcome.PremiumAfter.TelematicsPremium);
        TotalPremiumChange += change;
        if (change > 0)
        {
            PremiumsUp++;
        }
        else if (change < 0)
        {
            PremiumsDown++;
        }
        else
        {
            PremiumsUnchanged++;
        }
        if (outcome.ScoreBefore is { } before)
        {
            ScoreBandsBefore[ScoreBands.Of(before.Score)]++;
        }

        ScoreBandsAfter[ScoreBands.Of(outcome.ScoreAfter.Score)]++;
    }

    public void Fail(RescoringFailure failure)
    {
        Failed++;
        if (Failures.Count < MaxFailuresListed)
        {
            Failures.Add(failure);
        }
    }
}
