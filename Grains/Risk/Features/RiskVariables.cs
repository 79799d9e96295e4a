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
        "Accel", "Hard accelerations", "Pull away more gently: build speed over a few seconds.", d => d.Accel06Miles, d => d.Accel08Miles, d => d.Accel09Miles, d => d.Accel11Miles, d => d.Accel12Miles, d => d.Accel14Miles);

    public static readonly RiskVariable[] Brakings = HarshEvents(
        "Brake", "Hard brakings", "Leave more room ahead so that you can slow down early and gently.", d => d.Brake06Miles, d => d.Brake08Miles, d => d.Brake09Miles, d => d.Brake11Miles, d => d.Brake12Miles, d => d.Brake14Miles);

    public static readonly RiskVariable[] Turns =
    [
        .. SharpTurns("Left", d => d.LeftTurnIntensity08, d => d.LeftTurnIntensity09, d => d.LeftTurnIntensity10, d => d.LeftTurnIntensity11, d => d.LeftTurnIntensity12),
        .. SharpTurns("Right", d => d.RightTurnIntensity08, d => d.RightTurnIntensity09, d => d.RightTurnIntensity10, d => d.RightTurnIntensity11, d => d.RightTurnIntensity12),
    ];

    private static bool AtCap(DriverFeatures d) => d.Accel14Miles >= HarshEventCap || d.Brake14Miles >= HarshEventCap;

    private static RiskVariable Rating(string name, string label, Func<RatingVariables, double> read, Func<double, string> format) =>
        new(name, label, (r, _) => read(r), format);

    private static RiskVariable Category(string name, string label, Func<RatingVariables, bool> isLevel, string level, string otherLevel) =>
        new(name, label, (r, _) => isLevel(r) ? 1 : 0, v => v > 0 ? level : otherLevel) { IsCategory = true };

    private static RiskVariable Driving(string name, string label, Func<DriverFeatures, double> read, Func<double, string> format) =>
        new(name, label, (_, d) => read(d ?? throw new ArgumentNullException(nameof(d), $"{label} needs driving data.")), format);

    /// <summary>A driving habit of which more is never safer: harsh accelerations, brakings and turns.</summary>
    private static RiskVariable Worsening(string name, string label, Func<DriverFeatures, double> read, string advice) =>
        Driving(name, label, read, PerThousandMiles) with { Direction = RiskDirection.Increasing, Advice = advice };

    /// <summary>One variable per lateral threshold (8–12 mph/s), named as <see cref="DriverFeatures"/> names them.</summary>
    private static IEnumerable<RiskVariable> SharpTurns(string side, params Func<DriverFeatures, double>[] perThreshold) =>
        new[] { 8, 9, 10, 11, 12 }.Zip(perThreshold, (mphPerS, read) => Worsening(
            $"{side}TurnIntensity{mphPerS:00}", $"Sharp {side.ToLowerInvariant()} turns ≥ {mphPerS} mph/s", read,
            "Slow down before a bend or a junction rather than in it."));

    /// <summary>
    /// One variable per threshold (6, 8, 9, 11, 12, 14 mph/s), named as <see cref="DriverFeatures"/> names them. A device at
    /// the cap reads as missing (NaN): the model then puts the portfolio mean in its place.
    /// </summary>
    private static RiskVariable[] HarshEvents(string prefix, string label, string advice, params Func<DriverFeatures, double>[] perThreshold) =>
    [
        .. new[] { 6, 8, 9, 11, 12, 14 }.Zip(perThreshold, (mphPerS, read) =>
            Worsening($"{prefix}{mphPerS:00}Miles", $"{label} ≥ {mphPerS} mph/s", d => AtCap(d) ? double.NaN : read(d), advice)),
    ];

    private static string Miles(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " mi";

    private static string Share(double v) => v.ToString("P0", CultureInfo.InvariantCulture);

    private static string PerThousandMiles(double v) => v.ToString("N0", CultureInfo.InvariantCulture) + " per 1,000 mi";
}
