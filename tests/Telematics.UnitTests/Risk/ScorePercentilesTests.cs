using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class ScorePercentilesTests
{
    // Frequencies 0.00, 0.01, …, 1.00: the p-th percentile is p/100.
    private static readonly double[] Table = ScorePercentiles.Table(Enumerable.Range(0, 101).Select(i => i / 100.0).Reverse());

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.255, 25.5)]
    [InlineData(0.99, 99)]
    [InlineData(-1, 0)]
    [InlineData(5, 100)]
    public void Score_is_the_percentile_of_the_frequency(double frequency, double score)
    {
        Assert.Equal(score, ScorePercentiles.Score(Table, frequency), 9);
    }
}
