using Telematics.Simulator.Physics;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// The ground truth counts a spell at each threshold at or above which it held for 0.5 s, as the platform counts an
/// episode, and says when it began, peaked and ended. 1 mph/s = 0.44704 m/s²: 6, 8, 9 mph/s are 2.68, 3.58, 4.02 m/s².
/// </summary>
public sealed class HarshEpisodeTruthTests
{
    private const double StepS = 0.05;

    [Fact]
    public void A_braking_held_1_s_at_4_m_per_s2_counts_at_6_and_8_mph_per_s_not_at_9()
    {
        var episode = Assert.Single(Drive((0, 1), (-4.0, 1), (0, 1)));

        Assert.Equal((HarshManoeuvre.Braking, 2, 1.0, 2.0), (episode.Manoeuvre, episode.ThresholdsReached, episode.StartS, episode.EndS), Tolerant);
        Assert.Equal(4.0, episode.PeakMps2, 9);
    }

    [Fact]
    public void A_spell_under_half_a_second_is_not_an_event() =>
        Assert.Empty(Drive((0, 1), (3.0, 0.45), (0, 1)));

    [Fact]
    public void A_short_peak_on_a_long_spell_does_not_promote_it()
    {
        var episode = Assert.Single(Drive((0, 1), (3.0, 1), (4.5, 0.45), (3.0, 1), (0, 1)));

        Assert.Equal((HarshManoeuvre.Acceleration, 1), (episode.Manoeuvre, episode.ThresholdsReached));
        Assert.Equal(4.5, episode.PeakMps2, 9);
        Assert.InRange(episode.PeakS, 1, 2.45 + 1e-9);
    }

    [Fact]
    public void Lateral_spells_are_turns_left_when_positive_and_right_when_negative()
    {
        var truth = new HarshEpisodeTruth();
        // 4.1 m/s² is 9.2 mph/s, 3.7 m/s² 8.3 mph/s.
        Add(truth, 0, 4.1, 1);
        Add(truth, 0, 0, 1);
        Add(truth, 0, -3.7, 1);

        Assert.Equal([(HarshManoeuvre.LeftTurn, 2), (HarshManoeuvre.RightTurn, 1)], truth.Finish().Select(e => (e.Manoeuvre, e.ThresholdsReached)));
    }

    [Fact]
    public void A_spell_still_open_at_the_end_of_the_drive_counts() =>
        Assert.Single(Drive((0, 1), (-3.0, 0.5)));

    private static readonly IEqualityComparer<(HarshManoeuvre, int, double, double)> Tolerant = EqualityComparer<(HarshManoeuvre, int, double, double)>.Create(
        (a, b) => a.Item1 == b.Item1 && a.Item2 == b.Item2 && Math.Abs(a.Item3 - b.Item3) < 1e-6 && Math.Abs(a.Item4 - b.Item4) < 1e-6);

    private static IReadOnlyList<HarshEpisode> Drive(params (double AccelLongMps2, double Seconds)[] spells)
    {
        var truth = new HarshEpisodeTruth();
        foreach (var (accel, seconds) in spells)
        {
            Add(truth, accel, 0, seconds);
        }

        return truth.Finish();
    }

    private static void Add(HarshEpisodeTruth truth, double accelLong, double accelLat, double seconds)
    {
        for (var i = 0; i < (int)Math.Round(seconds / StepS); i++)
        {
            truth.Add(accelLong, accelLat, StepS);
        }
    }
}
