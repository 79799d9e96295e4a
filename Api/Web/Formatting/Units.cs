using System.Globalization;

namespace Telematics.Api.Web.Formatting;

/// <summary>
/// How the pages write numbers: always with their unit, in one style (the server does not know the viewer's locale;
/// dates, which matter more, are shown in it by <c>LocalTime</c>). Premiums are in dollars, as distances are in miles.
/// </summary>
public static class Units
{
    private static readonly CultureInfo Style = CultureInfo.InvariantCulture;

    public const double MetresPerMile = 1609.344;
    public const double MpsPerMph = 0.44704;

    public static string Money(decimal amount) => (amount < 0 ? "−$" : "$") + Math.Abs(amount).ToString("N2", Style);

    public static string SignedMoney(decimal amount) => (amount > 0 ? "+$" : amount < 0 ? "−$" : "$") + Math.Abs(amount).ToString("N2", Style);

    public static string PerYear(decimal amount) => Money(amount) + " a year";

    public static string Miles(double miles) => miles.ToString(miles < 10 ? "N1" : "N0", Style) + " mi";

    public static string MilesOfMetres(double metres) => Miles(metres / MetresPerMile);

    public static string Mph(double mph) => mph.ToString("N0", Style) + " mph";

    public static string MphOfMps(double mps) => Mph(mps / MpsPerMph);

    /// <summary>An acceleration or braking, as the model's thresholds are given.</summary>
    public static string MphPerSecond(double mphPerSecond) => mphPerSecond.ToString("N1", Style) + " mph/s";

    /// <summary>A position to about a metre.</summary>
    public static string Position(double latitude, double longitude) =>
        $"{Math.Abs(latitude).ToString("F5", Style)}° {(latitude < 0 ? "S" : "N")}, {Math.Abs(longitude).ToString("F5", Style)}° {(longitude < 0 ? "W" : "E")}";

    /// <summary>A share (0.123) as a percentage ("12.3 %").</summary>
    public static string Percent(double share) => (share * 100).ToString(Math.Abs(share) < 0.1 ? "N1" : "N0", Style) + " %";

    public static string Score(double score) => score.ToString("N0", Style) + " / 100";

    public static string ClaimsPerYear(double frequency) => frequency.ToString("N3", Style) + " claims/year";

    public static string PerThousandMiles(double rate) => rate.ToString("N1", Style) + " per 1,000 mi";

    public static string Duration(double seconds) => TimeSpan.FromSeconds(seconds) is var t && t.TotalHours >= 1
        ? $"{(int)t.TotalHours} h {t.Minutes:D2} min"
        : $"{t.Minutes} min {t.Seconds:D2} s";

    public static string Count(int count, string singular, string plural) => $"{count.ToString("N0", Style)} {(count == 1 ? singular : plural)}";
}
