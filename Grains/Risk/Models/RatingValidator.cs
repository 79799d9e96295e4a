using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// Refuses rating variables no model should score: a silent default would price a driver on a value nobody gave.
/// Bounds are the plausible range, wider than the training portfolio's; unknown territories are refused because
/// the model has no rate for them.
/// </summary>
public static class RatingValidator
{
    public static void Validate(RatingVariables? rating, IReadOnlyCollection<int> knownTerritories)
    {
        if (rating is null)
        {
            throw new InvalidRatingVariablesException(["no rating variables were given"]);
        }

        string[] problems =
        [
            .. Outside("insured age", rating.InsuredAge, 16, 110),
            .. Outside("car age", rating.CarAge, -2, 80),
            .. Outside("credit score", rating.CreditScore, 300, 900),
            .. Outside("years without a claim", rating.YearsNoClaims, 0, Math.Max(0, rating.InsuredAge)),
            .. Outside("declared annual miles", rating.AnnualMilesDeclared, 1, 500_000),
            .. Undefined(rating.InsuredSex), .. Undefined(rating.Marital), .. Undefined(rating.CarUse), .. Undefined(rating.Region),
            .. knownTerritories.Contains(rating.Territory) ? [] : new[] { $"territory {rating.Territory} is not one the model knows" },
        ];
        if (problems.Length > 0)
        {
            throw new InvalidRatingVariablesException(problems);
        }
    }

    private static IEnumerable<string> Outside(string name, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max ? [] : [$"{name} {value} is outside {min}–{max}"];

    private static IEnumerable<string> Undefined<T>(T value) where T : struct, Enum =>
        Enum.IsDefined(value) ? [] : [$"{typeof(T).Name} {value} is not one of {string.Join(", ", Enum.GetNames<T>())}"];
}
