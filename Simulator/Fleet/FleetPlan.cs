using Telematics.Drivers;
using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Fleet;

/// <summary>
/// A reproducible fleet: driver n (DRV-000n) owns vehicle n (VEH-000n) and drives with the built-in profiles in turn
/// (safe, average, risky), around Montréal.
/// </summary>
public static class FleetPlan
{
    /// <summary>Territory codes of the actuarial portfolio: the risk model refuses codes it was not trained on.</summary>
    private static readonly int[] Territories = [11, 12, 21, 35, 42, 57, 64, 77, 85, 91];

    private static readonly string[] Names = ["Alex Martin", "Sam Tremblay", "Jordan Roy", "Taylor Gagnon", "Morgan Côté", "Casey Bouchard", "Riley Gauthier", "Jamie Morin"];

    public static IReadOnlyList<FleetMember> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(n => new FleetMember(
            DriverId: $"DRV-{n:D4}",
            VehicleId: $"VEH-{n:D4}",
            Name: Names[(n - 1) % Names.Length],
            Profile: DrivingProfile.BuiltIn[(n - 1) % DrivingProfile.BuiltIn.Count],
            Rating: new RatingVariables(
                InsuredAge: 22 + random.Next(50),
                InsuredSex: random.Next(2) == 0 ? Sex.Male : Sex.Female,
                CarAge: random.Next(12),
                Marital: random.Next(2) == 0 ? MaritalStatus.Married : MaritalStatus.Single,
                CarUse: random.Next(3) == 0 ? CarUse.Private : CarUse.Commute,
                CreditScore: 600 + random.Next(280),
                Region: random.Next(3) == 0 ? Region.Rural : Region.Urban,
                AnnualMilesDeclared: 6_000 + random.Next(12_000),
                YearsNoClaims: random.Next(30),
                Territory: Territories[random.Next(Territories.Length)]),
            HomeLatitude: 45.45 + random.NextDouble() * 0.15,
            HomeLongitude: -73.75 + random.NextDouble() * 0.2)).ToList();
    }
}
