using System.Globalization;

namespace Telematics.Portfolio;

/// <summary>
/// The key a <see cref="DriverQuery"/> sorts on, per sortable field: its value in a row, its text in a cursor, and its
/// order. Text compares ordinally, as PostgreSQL's "C" collation does, so both read models order rows alike.
/// </summary>
public static class DriverSortKey
{
    public static object Of(DriverSummary row, string sortBy) => sortBy switch
    {
        "name" => row.Name,
        "score" => row.Score,
        "tripCount" => row.TripCount,
        "totalMiles" => row.TotalMiles,
        "telematicsPremium" => row.TelematicsPremium,
        "discountPct" => row.DiscountPct,
        "updatedAt" => row.UpdatedAt,
        _ => row.DriverId,
    };

    public static string Format(object key) => key switch
    {
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        int count => count.ToString(CultureInfo.InvariantCulture),
        // Without trailing zeros: 600m and PostgreSQL's 600.00 are one key.
        decimal amount => amount.ToString("0.############################", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcTicks.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No sort key is a {key.GetType().Name}.", nameof(key)),
    };

    /// <summary>The key of <paramref name="sortBy"/> written as <see cref="Format"/> writes it; null if it is not.</summary>
    public static object? Parse(string sortBy, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        return sortBy switch
        {
            "driverId" or "name" => text,
            "score" or "totalMiles" or "discountPct" => double.TryParse(text, NumberStyles.Float, invariant, out var number) && double.IsFinite(number) ? number : null,
            "tripCount" => int.TryParse(text, NumberStyles.Integer, invariant, out var count) ? count : null,
            "telematicsPremium" => decimal.TryParse(text, NumberStyles.Number, invariant, out var amount) ? amount : null,
            "updatedAt" => long.TryParse(text, NumberStyles.Integer, invariant, out var ticks) && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new DateTimeOffset(ticks, TimeSpan.Zero)
                : null,
            _ => null,
        };
    }

    public static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) => x.CompareTo(b),
        _ => throw new ArgumentException($"No sort key is a {a.GetType().Name}.", nameof(a)),
    };

    /// <summary>Rows in the order of <paramref name="sortBy"/>, ties by driver id, both reversed when descending.</summary>
    public static Comparer<DriverSummary> Order(string sortBy, bool descending) => Comparer<DriverSummary>.Create((a, b) =>
    {
        var byKey = Compare(Of(a, sortBy), Of(b, sortBy));
        var order = byKey != 0 ? byKey : string.CompareOrdinal(a.DriverId, b.DriverId);
        return descending ? -order : order;
    });
}
