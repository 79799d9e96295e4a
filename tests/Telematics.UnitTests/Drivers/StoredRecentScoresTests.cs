using Telematics.Drivers;
using Telematics.Risk;

namespace Telematics.UnitTests.Drivers;

public sealed class StoredRecentScoresTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void Scores_read_back_equal_with_each_model_version_stored_once()
    {
        List<RiskScore> scores =
        [
            new(0.0812345678, 41.25, RiskCategory.Moderate, "20261202-0112-e4f302dd", At, 0.97340001, Provisional: true, MilesDriven: 12.5),
            new(0.1, 77.5, RiskCategory.High, "glm-2026.11-portfolio-ü", At.AddHours(8).ToOffset(TimeSpan.Zero), 1.5, Provisional: false, MilesDriven: 9_876.5),
            new(0.05, 12, RiskCategory.Low, "20261202-0112-e4f302dd", At.AddDays(1), 0.5, Provisional: false, MilesDriven: 10_000),
        ];

        var stored = StoredRecentScores.Of(scores);
        var read = stored.ToScores();

        Assert.Equal(scores, read);
        Assert.Equal(scores.Select(s => s.CalculatedAt.Offset), read.Select(s => s.CalculatedAt.Offset));
        Assert.Same(read[0].ModelVersion, read[2].ModelVersion);
        Assert.Empty(StoredRecentScores.Of([]).ToScores());
    }

    [Fact]
    public void Recent_scores_keep_the_latest_ones()
    {
        var recent = new RecentScores();
        for (var i = 0; i < 5; i++)
        {
            recent.Add(new RiskScore(0.1, i, RiskCategory.Low, "v1", At.AddHours(i), 1, false, 0), kept: 3);
        }

        Assert.Equal([2.0, 3.0, 4.0], recent.Scores.Select(s => s.Score));
    }

    [Fact]
    public void Packed_scores_in_an_unknown_format_or_with_bytes_left_over_are_refused()
    {
        var packed = StoredRecentScores.Of([new RiskScore(0.1, 50, RiskCategory.Moderate, "v1", At, 1, false, 100)]).Packed!;

        var later = (byte[])packed.Clone();
        later[0] = 2;
        Assert.Throws<InvalidDataException>(() => new StoredRecentScores { Packed = later }.ToScores());
        Assert.Throws<InvalidDataException>(() => new StoredRecentScores { Packed = [.. packed, 0] }.ToScores());
        Assert.Throws<InvalidDataException>(() => new StoredRecentScores { Packed = packed[..^1] }.ToScores());
    }

    /// <summary>Read from storage, scores take a new one in their packed form, as <see cref="StoredRecentScores.Of"/> would have packed them all.</summary>
    [Theory]
    [InlineData("v1", 3)]
    [InlineData("v1", 10)]
    [InlineData("v2", 3)]
    [InlineData("v3", 3)]
    public void Scores_read_from_storage_take_a_new_one_as_if_read_into_objects(string model, int kept)
    {
        List<RiskScore> scores = [.. Enumerable.Range(0, 4).Select(i => new RiskScore(0.1 + i, 40 + i, RiskCategory.Low, i == 0 ? "v2" : "v1", At.AddHours(i), 1, i % 2 == 0, 100 * i))];
        var latest = new RiskScore(0.07, 33.5, RiskCategory.High, model, At.AddDays(1).ToOffset(TimeSpan.FromHours(1)), 0.8, true, 1_234.5);
        var converter = new StoredRecentScoresConverter();
        var read = converter.ConvertFromSurrogate(StoredRecentScores.Of(scores));

        read.Add(latest, kept);

        List<RiskScore> expected = [.. scores, latest];
        Assert.Equal(expected.TakeLast(kept), converter.ConvertToSurrogate(read).ToScores());
        Assert.Equal(expected.TakeLast(kept), read.Scores);
    }
}
