using Telematics.Drivers;
using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Fleet;

/// <summary>
/// A reproducible fleet: driver n (DRV-000n) owns vehicle n (VEH-000n), drives with the profiles in turn (by default
/// the built-in safe, average, risky) and lives in the cities of <see cref="HomeCity.All"/> in turn, in its time zone.
/// </summary>
public static class FleetPlan
{
    /// <summary>Territory codes of the actuarial portfolio: the risk model refuses codes it was not trained on.</summary>
    private static readonly int[] Territories = [11, 12, 21, 35, 42, 57, 64, 77, 85, 91];

    private static readonly string[] Names = ["Alex Martin", "Sam Tremblay", "Jordan Roy", "Taylor Gagnon", "Morgan Côté", "Casey Bouchard", "Riley Gauthier", "Jamie Morin"];

    public static IReadOnlyList<FleetMember> Create(int count, int seed = 42, IReadOnlyList<DrivingProfile>? profiles = null)
    {
        var random = new Random(seed);
        profiles ??= DrivingProfile.BuiltIn;
        return Enumerable.Range(1, count).Select(n =>
        {
            var city = HomeCity.All[(n - 1) % HomeCity.All.Count];
            return new FleetMember(
                DriverId: $"DRV-{n:D4}",
                VehicleId: $"VEH-{n:D4}",
                Name: Names[(n - 1) % Names.Length],
                Profile: profiles[(n - 1) % profiles.Count],
                Rating: Rating(random),
                HomeLatitude: city.Latitude + random.NextDouble() * 0.15,
                HomeLongitude: city.Longitude + random.NextDouble() * 0.2,
                Number: n,
                TimeZoneId: city.TimeZoneId);
        }).ToList();
    }

    /// <summary>Members <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 of the fleet <see cref="Create"/> makes.</summary>
    public static IReadOnlyList<FleetMember> Range(int first, int count, int seed, IReadOnlyList<DrivingProfile>? profiles = null) =>
        [.. Create(first + count - 1, seed, profiles).Skip(first - 1)];

    private static RatingVariables Rating(Random random)
    {
        var age = 22 + random.Next(50);
        return new RatingVariables(
            InsuredAge: age,
            InsuredSex: random.Next(2) == 0 ? Sex.Male : Sex.Female,
            CarAge: random.Next(12),
            Marital: random.Next(2) == 0 ? MaritalStatus.Married : MaritalStatus.Single,
            CarUse: random.Next(3) == 0 ? CarUse.Private : CarUse.Commute,
            CreditScore: 600 + random.Next(280),
            Region: random.Next(3) == 0 ? Region.Rural : Region.Urban,
            AnnualMilesDeclared: 6_000 + random.Next(12_000),
            // Claims-free years cannot exceed the years since a licence was possible.
            YearsNoClaims: random.Next(Math.Min(30, age - 16) + 1),
            Territory: Territories[random.Next(Territories.Length)]);
    }
}
