using BenchmarkDotNet.Running;
using Telematics.Benchmarks.Insurance;
using Telematics.Benchmarks.Portfolio;
using Telematics.Benchmarks.Rescoring;
using Telematics.Benchmarks.Trips;
using Telematics.Benchmarks.Web;
using Telematics.Simulator.Api;

if (args is ["rescoring", ..])
{
    await RescoringHarness.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000, args.Length > 2 ? int.Parse(args[2]) : 2_000, args.Length > 3 ? int.Parse(args[3]) : 3,
        args.Length > 4 ? int.Parse(args[4]) : null);
    return;
}

if (args is ["admin-queries", ..])
{
    await AdminQueryHarness.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000_000, args.Length > 2 ? int.Parse(args[2]) : 200, args is [_, _, _, "explain", ..]);
    return;
}

if (args is ["portfolio-scale", ..])
{
    await PortfolioScaleHarness.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000_000, args.Length > 2 ? int.Parse(args[2]) : 1_000,
        args.Length > 3 ? int.Parse(args[3]) : 2_000, args.Length > 4 ? int.Parse(args[4]) : 60, args.Length > 5 ? int.Parse(args[5]) : 2);
    return;
}

if (args is ["trip-paging", ..])
{
    await TripPagingHarness.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 200, args is [_, _, _, "explain", ..]);
    return;
}

if (args is ["trip-paging-http", _, _, ..])
{
    await TripPagingHttpHarness.RunAsync(new Uri(args[1]), ApiCredentials.Parse(args[2]), args.Length > 3 ? int.Parse(args[3]) : 500, args.Length > 4 ? int.Parse(args[4]) : 300);
    return;
}

if (args is ["web-render", _, ..])
{
    await WebRenderHarness.RunAsync(args[1..]);
    return;
}

if (args is ["policy-queries", ..])
{
    await PolicyQueryHarness.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1_000_000, args.Length > 2 ? int.Parse(args[2]) : 100);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
