namespace Telematics.Portfolio;

/// <summary>
/// The score distribution's bands of 10 points, the same for the portfolio's histogram and a rescoring job's result:
/// band 0 is [0, 10), …, band 9 is [90, 100]. PostgreSQL's <c>portfolio_score_band</c> (migration 0190) is the same rule.
/// </summary>
public static class ScoreBands
{
    public const int Count = 10;

    public static int Of(double score) => Math.Clamp((int)(score / 10), 0, Count - 1);
}
