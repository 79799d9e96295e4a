using System.Globalization;
using System.Text;
using Telematics.Trips;

namespace Telematics.Simulator.Accuracy;

/// <summary>The accuracy table in markdown: one row per cell, then the bars the platform must meet, each with what the row shows.</summary>
public static class AccuracyReport
{
    private static readonly string[] Order = ["Low", "Moderate", "High", "VeryHigh"];

    public static string ToMarkdown(IReadOnlyList<AccuracyResult> results)
    {
        var text = new StringBuilder();
        var longitudinal = HarshEventThresholds.LongitudinalMphPerSecond;
        text.AppendLine($"| profile | device | interval | arrival | trips made / driven | {string.Join(" | ", longitudinal.Select(t => $"≥ {t} R / P"))} | turns ≥ 8 R / P | distance error | category (score) |");
        text.AppendLine($"|---|---|---|---|---:|{string.Concat(longitudinal.Select(_ => "---:|"))}---:|---:|---|");
        foreach (var r in results)
        {
            var h = r.Recovery;
            var harsh = string.Join(" | ", longitudinal.Select((_, k) => Pair(h.Longitudinal(k))));
            text.AppendLine(Invariant($"| {r.Cell.Profile.Name} | {r.Cell.Device.Name} | {r.Cell.Interval} | {r.Cell.Arrival} | {h.PlatformTrips} / {h.Trips} | {harsh} | {Pair(h.Lateral(0))} | {h.DistanceError:+0.0 %;−0.0 %} | {r.Score.Category} ({r.Score.Score:0}){(r.Score.Provisional ? ", provisional" : "")} |"));
        }

        text.AppendLine();
        text.AppendLine("R / P: recall / precision of accelerations and brakings together at each threshold, in %, with the true count in brackets; – where there is nothing to divide by.");
        text.AppendLine();
        foreach (var line in Bars(results))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    /// <summary>The issue's bars: risky above safe on every device kind and arrival, and recall ≥ 90 % at 8 mph/s at 1 s without an accelerometer.</summary>
    public static IEnumerable<string> Bars(IReadOnlyList<AccuracyResult> results)
    {
        foreach (var group in results.GroupBy(r => (r.Cell.Device.Name, r.Cell.Interval, r.Cell.Arrival)))
        {
            var safe = group.SingleOrDefault(r => r.Cell.Profile.Name == "safe");
            var risky = group.SingleOrDefault(r => r.Cell.Profile.Name == "risky");
            if (safe is not null && risky is not null)
            {
                var above = Array.IndexOf(Order, risky.Score.Category) > Array.IndexOf(Order, safe.Score.Category);
                yield return $"- {(above ? "met" : "**not met**")}: risky above safe, {group.Key.Name}, {group.Key.Interval}, {group.Key.Arrival}: {risky.Score.Category} against {safe.Score.Category}";
            }
        }

        foreach (var r in results.Where(r => !r.Cell.Device.Sensors.Accelerometer && r.Cell.IntervalS == 1))
        {
            var at8 = r.Recovery.Longitudinal(1);
            var met = at8.Recall >= 0.9;
            yield return Invariant($"- {(met ? "met" : "**not met**")}: recall ≥ 90 % at 8 mph/s from derived acceleration at 1 s, {r.Cell.Profile.Name}, {r.Cell.Device.Name}, {r.Cell.Arrival}: {Percent(at8.Recall)} ({at8.Matched} of {at8.True})");
        }
    }

    private static string Pair(HarshRecovery.Recovery r) => Invariant($"{Percent(r.Recall)} / {Percent(r.Precision)} ({r.True})");

    private static string Percent(double share) => double.IsNaN(share) ? "–" : Invariant($"{share * 100:0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
