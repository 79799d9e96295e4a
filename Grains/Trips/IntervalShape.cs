namespace Telematics.Trips;

/// <summary>
/// How a reading that is the mean over its interval is spread inside it, for counting how long a harsh episode stayed
/// above a threshold: the parabola whose means over the interval and its two neighbours are their three readings.
/// </summary>
/// <remarks>
/// At 1 Hz one reading is the mean of a whole second, so a jolt above a threshold for 0.6 s among milder readings
/// averages under it and was lost: the simulated risky driver's 1 Hz brakings were undercounted (57 of 77 over 100
/// trips) while 10 Hz was exact. Vehicle acceleration is continuous (its jerk is limited), so a reading above both
/// neighbours peaks above its own mean inside the interval; the parabola puts that peak back and keeps the mean. Other
/// readings stay flat (see <see cref="Fill"/>). It applies only where an interval is longer than the minimum episode (one
/// reading can hide a spell shorter than itself) and at most <see cref="TripFeatureOptions.MaxShapedInterval"/> (beyond
/// that, readings are means of several manoeuvres and their neighbours say nothing of the shape), and only between
/// neighbours of about the same length, not across a gap.
/// </remarks>
internal static class IntervalShape
{
    /// <summary>Sub-steps an interval is split into when shaped.</summary>
    public const int Steps = 10;

    /// <summary>How far a reading must stand above or below both neighbours to be shaped: twice accelerometer noise.</summary>
    public const double MarginMps2 = 0.1;

    /// <summary>
    /// Fills <paramref name="steps"/> (<see cref="Steps"/> long) with the parabola's mean over each step where the reading
    /// is a peak or a trough among its neighbours, and with the reading itself elsewhere: between a lower and a higher
    /// neighbour the parabola would overshoot the higher one (by a sixth of a step at a plateau's edge) and promote a
    /// braking's class. A peak or trough must stand out from both neighbours by <see cref="MarginMps2"/>, so one made by
    /// noise (−4.01 between 0 and −3.99) stays flat instead of overshooting like a plateau's edge.
    /// </summary>
    public static void Fill(double before, double mean, double after, Span<double> steps)
    {
        var rise = Math.Min(mean - before, mean - after);
        var fall = Math.Min(before - mean, after - mean);
        if (rise < MarginMps2 && fall < MarginMps2)
        {
            steps.Fill(mean);
            return;
        }

        // Cells of unit width centred on −1, 0 and 1: q(x) = a + b x + c x², with the three cell means as given.
        var c = (before + after) / 2 - mean;
        var b = (after - before) / 2;
        var a = mean - c / 12;
        for (var step = 0; step < steps.Length; step++)
        {
            var x0 = -0.5 + step / (double)steps.Length;
            var x1 = x0 + 1.0 / steps.Length;
            steps[step] = a + b * (x0 + x1) / 2 + c * (x0 * x0 + x0 * x1 + x1 * x1) / 3;
        }
    }
}
