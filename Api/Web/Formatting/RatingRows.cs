using System.Globalization;
using Telematics.Drivers;

namespace Telematics.Api.Web.Formatting;

/// <summary>The rating variables as the insurer's pages list them: a label and the value, in the portfolio's own terms.</summary>
public static class RatingRows
{
    public static IReadOnlyList<(string Label, string Value)> Of(RatingVariables rating) =>
    [
        ("Age", Years(rating.InsuredAge)),
        ("Sex", rating.InsuredSex.ToString()),
        ("Marital status", rating.Marital.ToString()),
        ("Credit score", rating.CreditScore.ToString(CultureInfo.InvariantCulture)),
        ("Years without a claim", Years(rating.YearsNoClaims)),
        ("Car age", Years(rating.CarAge)),
        ("Car use", rating.CarUse.ToString()),
        ("Annual miles declared", Units.Miles(rating.AnnualMilesDeclared)),
        ("Region", rating.Region.ToString()),
        ("Territory", rating.Territory.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string Years(int years) => Units.Count(years, "year", "years");
}
