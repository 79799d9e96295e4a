using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>Which interval of a sorted threshold list a value falls in, as a tree walks its splits (x ≤ threshold goes left).</summary>
public static class StepIntervals
{
    /// <summary>The first k with x ≤ thresholds[k] (thresholds.Length when x is above them all).</summary>
    public static int IndexOf(ImmutableArray<double> thresholds, double x)
    {
        int low = 0, high = thresholds.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (x <= thresholds[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// A value inside each interval: the interval's right end (a split at it sends the value left, as it does every value
    /// of the interval), and above the last threshold, infinity.
    /// </summary>
    public static double[] Representatives(ImmutableArray<double> thresholds) => [.. thresholds, double.PositiveInfinity];
}
