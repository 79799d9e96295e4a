using Telematics.Risk;

namespace Telematics.Drivers;

/// <summary>A driver's latest scores, oldest first. Stored as <see cref="StoredRecentScores"/>.</summary>
public sealed class RecentScores(List<RiskScore> scores)
{
    public RecentScores()
        : this([])
    {
    }

    public IReadOnlyList<RiskScore> Scores => scores;

    /// <summary>Adds the latest score and forgets the oldest beyond <paramref name="kept"/>.</summary>
    public void Add(RiskScore score, int kept)
    {
        scores.Add(score);
        if (scores.Count > kept)
        {
            scores.RemoveRange(0, scores.Count - kept);
        }
    }
}
