using Telematics.Ids;
using Telematics.Simulator.Driving;

namespace Telematics.Api.Fleet;

/// <summary>A simulated trip to drive: whose, with which of the built-in driving profiles, and how long (in legs; default <see cref="DefaultLegs"/>).</summary>
public sealed record SimulatedTripRequest(string? DriverId, string? Profile, int? Legs)
{
    public const int DefaultLegs = 3;

    /// <summary>The simulator's vehicle is named after the driver (<see cref="DriveSimulator.VehicleOf"/>), and stays within the id grammar.</summary>
    public const int MaxDriverIdLength = EntityId.MaxLength - 4;

    public static IReadOnlyList<string> Profiles { get; } = [.. DrivingProfile.BuiltIn.Select(p => p.Name)];

    public DrivingProfile? DrivingProfile => DrivingProfile.BuiltIn.FirstOrDefault(p => string.Equals(p.Name, Profile, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is wrong with the request, by field, as RFC 7807 validation problems name them; empty when nothing is.</summary>
    public Dictionary<string, string[]> Validate(int maxLegs)
    {
        var errors = new Dictionary<string, string[]>();
        if (!EntityId.IsValid(DriverId))
        {
            errors["driverId"] = [$"is required and {EntityId.Rule}"];
        }
        else if (DriverId!.Length > MaxDriverIdLength)
        {
            errors["driverId"] = [$"must be at most {MaxDriverIdLength} characters: the simulator's vehicle is the driver's id and -SIM."];
        }

        if (DrivingProfile is null)
        {
            errors["profile"] = [$"must be one of {string.Join(", ", Profiles)}."];
        }

        if (Legs is { } legs && (legs < 1 || legs > maxLegs))
        {
            errors["legs"] = [$"must be between 1 and {maxLegs}."];
        }

        return errors;
    }
}
