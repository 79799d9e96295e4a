using System.CommandLine;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Roads;

namespace Telematics.Simulator.Commands;

/// <summary>Which drivers to simulate, with which habits, sampled how often; shared by the commands that drive.</summary>
public sealed class FleetCommandOptions(int defaultCount, int defaultFirst)
{
    private FileRouteSource? _fileRoutes;

    public Option<int> Count { get; } = new("--vehicles") { Description = "Vehicles (each with its own driver) to drive.", DefaultValueFactory = _ => defaultCount };

    public Option<int> First { get; } = new("--first") { Description = "Number of the first vehicle and driver (VEH-nnnn, DRV-nnnn).", DefaultValueFactory = _ => defaultFirst };

    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 7 };

    public Option<double> Hz { get; } = new("--hz") { Description = "Samples per second (1–10).", DefaultValueFactory = _ => 1 };

    public Option<FileInfo?> Profiles { get; } = new("--profiles") { Description = "JSON file of custom driving profiles, used in turn instead of safe, average and risky." };

    public Option<FileInfo?> Routes { get; } = new("--routes") { Description = "JSON file of routes to drive instead of the synthetic road grid." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Count, First, Seed, Hz, Profiles, Routes })
        {
            command.Options.Add(option);
        }
    }

    public IReadOnlyList<FleetMember> Fleet(ParseResult parse)
    {
        var file = parse.GetValue(Profiles);
        return FleetPlan.Range(parse.GetValue(First), parse.GetValue(Count), parse.GetValue(Seed), file is null ? null : DrivingProfileFile.Load(file.FullName));
    }

    /// <summary>A generator of its own for each vehicle, so that a vehicle's trips do not depend on how many others drive.</summary>
    public TripGenerator Generator(ParseResult parse, FleetMember member) =>
        new(new Random(StableSeed.Of(parse.GetValue(Seed), member.VehicleId)), parse.GetValue(Hz), routes: RouteSource(parse));

    /// <summary>The file's routes, read once for all vehicles; null for each generator's own grid.</summary>
    private FileRouteSource? RouteSource(ParseResult parse) =>
        parse.GetValue(Routes) is { } file ? _fileRoutes ??= new FileRouteSource(RouteFile.Load(file.FullName)) : null;
}
