using System.Globalization;
using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>The variables the frequency models read, with the words an explanation uses for them.</summary>
public static class RiskVariables
{
    /// <summary>Portfolio devices that report every harsh-event class at this cap are broken, not dangerous drivers.</summary>
    public const double HarshEventCap = 621;

    public static readonly RiskVariable InsuredAge = Rating(nameof(RatingVariables.InsuredAge), "Driver age", r => r.InsuredAge, v => $"{v:F0} years");
    public static readonly RiskVariable Female = Category(nameof(RatingVariables.InsuredSex), "Sex", r => r.InsuredSex == Sex.Female, "female", "male");
    public static readonly RiskVariable CarAge = Rating(nameof(RatingVariables.CarAge), "Car age", r => r.CarAge, v => $"{v:F0} years");
    public static readonly RiskVariable Single = Category(nameof(RatingVariables.Marital), "Marital status", r => r.Marital == MaritalStatus.Single, "single", "married");
    public static readonly RiskVariable CarUsage = new(nameof(RatingVariables.CarUse), "Car use", (r, _) => (double)r.CarUse, v => ((CarUse)(int)v).ToString().ToLowerInvariant()) { IsCategory = true };
    public static readonly RiskVariable CreditScore = Rating(nameof(RatingVariables.CreditScore), "Credit score", r => r.CreditScore, v => $"{v:F0}");
    public static readonly RiskVariable Urban = Category(nameof(RatingVariables.Region), "Region", r => r.Region == Region.Urban, "urban", "rural");
    public static readonly RiskVariable MilesDeclared = Rating(nameof(RatingVariables.AnnualMilesDeclared), "Declared annual miles", r => r.AnnualMilesDeclared, Miles);
    public static readonly RiskVariable YearsNoClaims = Rating(nameof(RatingVariables.YearsNoClaims), "Years without a claim", r => r.YearsNoClaims, v => $"{v:F0}");
    public static readonly RiskVariable Territory = new(nameof(RatingVariables.Territory), "Territory", (r, _) => r.Territory, v => $"{v:F0}") { IsCategory = true };

    public static readonly RiskVariable MilesPerYear = Driving("MilesPerYear", "Miles driven per year", d => d.TotalMilesDriven * PortfolioPolicy.DaysPerYear / d.ExposureDays, Miles);
    public static readonly RiskVariable AnnualPctDriven = Driving(nameof(DriverFeatures.AnnualPctDriven), "Days of the year driven", d => d.AnnualPctDriven, Share);
    public static readonly RiskVariable AvgDaysWeek = Driving(nameof(DriverFeatures.AvgDaysWeek), "Days driven per week", d => d.AvgDaysWeek, v => $"{v:F1}");
    public static readonly RiskVariable[] Weekdays =
    [
        Driving(nameof(DriverFeatures.PctDriveMon), "Monday driving", d => d.PctDriveMon, Share),
        Driving(nameof(DriverFeatures.PctDriveTue), "Tuesday driving", d => d.PctDriveTue, Share),
        Driving(nameof(DriverFeatures.PctDriveWed), "Wednesday driving", d => d.PctDriveWed, Share),
        Driving(nameof(DriverFeatures.PctDriveThr), "Thursday driving", d => d.PctDriveThr, Share),
        Driving(nameof(DriverFeatures.PctDriveFri), "Friday driving", d => d.PctDriveFri, Share),
        Driving(nameof(DriverFeatures.PctDriveSat), "Saturday driving", d => d.PctDriveSat, Share),
    ];

    public static readonly RiskVariable Weekend = Driving(nameof(DriverFeatures.PctDriveWkend), "Weekend driving", d => d.PctDriveWkend, Share);
    public static readonly RiskVariable RushAm = Driving(nameof(DriverFeatures.PctDriveRushAm), "Morning rush-hour driving", d => d.PctDriveRushAm, Share);
    public static readonly RiskVariable RushPm = Driving(nameof(DriverFeatures.PctDriveRushPm), "Evening rush-hour driving", d => d.PctDriveRushPm, Share);
    public static readonly RiskVariable Over2Hours = Driving(nameof(DriverFeatures.PctDrive2Hrs), "Driving in trips over 2 hours", d => d.PctDrive2Hrs, Share);
    public static readonly RiskVariable Over3Hours = Driving(nameof(DriverFeatures.PctDrive3Hrs), "Driving in trips over 3 hours", d => d.PctDrive3Hrs, Share);
    public static readonly RiskVariable Over4Hours = Driving(nameof(DriverFeatures.PctDrive4Hrs), "Driving in trips over 4 hours", d => d.PctDrive4Hrs, Share);

    public static readonly RiskVariable HarshEventsUnreliable = new(
        "HarshEventsUnreliable", "Harsh-event counts", (_, d) => d is not null && AtCap(d) ? 1 : 0, v => v > 0 ? "unreliable (device at the cap)" : "reliable")
    { IsCategory = true };

    public static readonly RiskVariable[] Accelerations = HarshEvents(
        "Accel", "Accelerations", d => d.Accel06Miles, d => d.Accel08Miles, d => d.Accel09Miles, d => d.Accel11Miles, d => d.Accel12Miles, d => d.Accel14Miles);

    public static readonly RiskVariable[] Brakings = HarshEvents(
        "Brake", "Brakings", d => d.Brake06Miles, d => d.Brake08Miles, d => d.Brake09Miles, d => d.Brake11Miles, d => d.Brake12Miles, d => d.Brake14Miles);

    public static readonly RiskVariable[] Turns =
    [
        Driving(nameof(DriverFeatures.LeftTurnIntensity08), "Sharp left turns ≥ 8 mph/s", d => d.LeftTurnIntensity08, PerThousandMiles),
        Driving(nameof(DriverFeatures.LeftTurnIntensity09), "Sharp left turns ≥ 9 mph/s", d => d.LeftTurnIntensity09, PerThousandMiles),
        Driving(nameof(DriverFeatures.LeftTurnIntensity10), "Sharp left turns ≥ 10 mph/s", d => d.LeftTurnIntensity10, PerThousandMiles),
        Driving(nameof(DriverFeatures.LeftTurnIntensity11), "Sharp left turns ≥ 11 mph/s", d => d.LeftTurnIntensity11, PerThousandMiles),
        Driving(nameof(DriverFeatures.LeftTurnIntensity12), "Sharp left turns ≥ 12 mph/s", d => d.LeftTurnIntensity12, PerThousandMiles),
        Driving(nameof(DriverFeatures.RightTurnIntensity08), "Sharp right turns ≥ 8 mph/s", d => d.RightTurnIntensity08, PerThousandMiles),
        Driving(nameof(DriverFeatures.RightTurnIntensity09), "Sharp right turns ≥ 9 mph/s", d => d.RightTurnIntensity09, PerThousandMiles),
        Driving(nameof(DriverFeatures.RightTurnIntensity10), "Sharp right turns ≥ 10 mph/s", d => d.RightTurnIntensity10, PerThousandMiles),
        Driving(nameof(DriverFeatures.RightTurnIntensity11), "Sharp right turns ≥ 11 mph/s", d => d.RightTurnIntensity11, PerThousandMiles),
        Driving(nameof(DriverFeatures.RightTurnIntensity12), "Sharp right turns ≥ 12 mph/s", d => d.RightTurnIntensity12, PerThousandMiles),
    ];

    private static bool AtCap(DriverFeatures d) => d.Accel14Miles >= HarshEventCap || d.Brake14Miles >= HarshEventCap;

    private static RiskVariable Rating(string name, string label, Func<RatingVariables, double> read, Func<double, string> format) =>
        new(name, label, (r, _) => read(r), format);

    private static RiskVariable Category(string name, string label, Func<RatingVariables, bool> isLevel, string level, string otherLevel) =>
        new(name, label, (r, _) => isLevel(r) ? 1 : 0, v => v > 0 ? level : otherLevel) { IsCategory = true };

    private static RiskVariable Driving(string name, string label, Func<DriverFeatures, double> read, Func<double, string> format) =>
        new(name, label, (_, d) => read(d ?? throw new ArgumentNullException(nameof(d), $"{label} needs driving data.")), format);

    /// <summary>
    /// One variable per threshold (6, 8, 9, 11, 12, 14 mph/s), named as <see cref="DriverFeatures"/> names them. A device at
    /// the cap reads as missing (NaN): the model then puts the portfolio mean in its place.
    /// </summary>
    private static RiskVariable[] HarshEvents(string prefix, string label, params Func<DriverFeatures, double>[] perThreshold) =>
    [
        .. new[] { 6, 8, 9, 11, 12, 14 }.Zip(perThreshold, (mphPerS, read) =>
            Driving($"{prefix}{mphPerS:00}Miles", $"{label} ≥ {mphPerS} mph/s", d => AtCap(d) ? double.NaN : read(d), PerThousandMiles)),
    ];

    private static string Miles(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " mi";

    private static string Share(double v) => v.ToString("P0", CultureInfo.InvariantCulture);

    private static string PerThousandMiles(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " per 1,000 mi";
}
