namespace Telematics.Risk;

/// <summary>The 0–100 score: where a driver's expected frequency falls among the training portfolio's, read off its percentiles.</summary>
public static class ScorePercentiles
{
    /// <summary>The 101 percentiles (0th … 100th) of <paramref name="frequencies"/>.</summary>
    public static double[] Table(IEnumerable<double> frequencies)
    {
        var sorted = frequencies.Order().ToArray();
        return [.. Enumerable.Range(0, 101).Select(p => sorted[(int)Math.Round(p / 100.0 * (sorted.Length - 1))])];
    }

    /// <summary>Linear between the percentiles around <paramref name="frequency"/>; 0 below the lowest, 100 above the highest.</summary>
    public static double Score(IReadOnlyList<double> table, double frequency)
    {
        if (frequency <= table[0])
        {
            return 0;
        }

        for (var p = 1; p < table.Count; p++)
        {
            if (frequency <= table[p])
            {
                var width = table[p] - table[p - 1];
                return p - 1 + (width > 0 ? (frequency - table[p - 1]) / width : 1);
            }
        }

        return 100;
    }
}
