using System.Diagnostics;

namespace Telematics.Benchmarks;

/// <summary>
/// Calls each query a few times to warm up and then <c>calls</c> times one after another, and prints a Markdown row per
/// query: p50, p99, max and what its last call answered (rows, or what <c>answered</c> names).
/// </summary>
public static class LatencyTable
{
    private const int WarmUpCalls = 5;

    public static async Task PrintAsync<T>(IEnumerable<(string Name, Func<T, Task<int>> Run)> queries, T target, int calls, string answered = "rows", string subject = "query")
    {
        Console.WriteLine($"| {subject} | p50 ms | p99 ms | max ms | {answered} |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, run) in queries)
        {
            for (var i = 0; i < WarmUpCalls; i++)
            {
                await run(target);
            }

            var times = new List<double>(calls);
            var rows = 0;
            for (var i = 0; i < calls; i++)
            {
                var timer = Stopwatch.StartNew();
                rows = await run(target);
                times.Add(timer.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"| {name} | {Percentile(times, 0.50):F2} | {Percentile(times, 0.99):F2} | {times[^1]:F2} | {rows:N0} |");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
