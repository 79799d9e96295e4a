using Telematics.Risk;

namespace Telematics.Drivers;

/// <summary>A driver's latest scores, oldest first. Stored as <see cref="StoredRecentScores"/>.</summary>
public sealed class RecentScores
{
    private List<RiskScore>? _scores;

    /// <summary>
    /// The scores as read from storage, or as last added to in that form: a rescoring adds one score to each driver's
    /// and reads none, so it neither reads them into objects nor packs them again.
    /// </summary>
    private byte[]? _packed;

    public RecentScores()
        : this(new List<RiskScore>())
    {
    }

    public RecentScores(List<RiskScore> scores) => _scores = scores;

    /// <summary>Scores as stored (<see cref="StoredRecentScores.Packed"/>): their format is checked now, the scores read when wanted.</summary>
    internal RecentScores(byte[] packed)
    {
        StoredRecentScores.Open(packed, out _, out _);
        _packed = packed;
    }

    public IReadOnlyList<RiskScore> Scores => _scores ??= new StoredRecentScores { Packed = _packed }.ToScores();

    /// <summary>Adds the latest score and forgets the oldest beyond <paramref name="kept"/>.</summary>
    public void Add(RiskScore score, int kept)
    {
        if (_scores is null && StoredRecentScores.Append(_packed!, score, kept) is { } appended)
        {
            _packed = appended;
            return;
        }

        var scores = (List<RiskScore>)Scores;
        _packed = null;
        scores.Add(score);
        if (scores.Count > kept)
        {
            scores.RemoveRange(0, scores.Count - kept);
        }
    }

    /// <summary>The packed scores while they are what it holds, else its scores packed.</summary>
    internal StoredRecentScores ToStored() => _packed is { } packed ? new() { Packed = packed } : StoredRecentScores.Of(_scores!);
}
