namespace Telematics.Risk;

/// <summary>
/// What the training portfolio covers of one numeric variable (missing values left out): a driver outside
/// [<see cref="Min"/>, <see cref="Max"/>] is scored at the nearer end, and explanations quote <see cref="Median"/> as typical,
/// since the means of heavy-tailed rates are pulled up by a few outliers.
/// </summary>
public sealed record PortfolioRange(double Min, double Median, double Max)
{
    public static PortfolioRange Of(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A range needs at least one value.", nameof(values));
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new PortfolioRange(sorted[0], median, sorted[^1]);
    }

    /// <summary>The value the model scores: inside the range, itself; outside, the nearer end; missing stays missing.</summary>
    public double Cap(double value) => Math.Clamp(value, Min, Max);

    /// <summary>
    /// Whether the value lies beyond the range by more than 1% of its width: worth telling the driver and reviewing. Shares
    /// at their natural bounds (no evening rush-hour driving where the portfolio's least is 0.3%, every day of the year where
    /// its most is 99.999%) are capped by a hair and not flagged.
    /// </summary>
    public bool IsOutside(double value) => value < Min - (Max - Min) / 100 || value > Max + (Max - Min) / 100;
}
