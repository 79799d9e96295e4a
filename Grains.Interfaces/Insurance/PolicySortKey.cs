using System.Globalization;
using Telematics.Portfolio;

namespace Telematics.Insurance;

/// <summary>The key a <see cref="PolicyQuery"/> sorts on: its value in a policy, its text in a cursor, and the order.</summary>
public static class PolicySortKey
{
    public static object Of(Policy policy, string sortBy) => sortBy switch
    {
        "termStart" => policy.TermStart,
        "termEnd" => policy.TermEnd,
        "telematicsPremium" => policy.TelematicsPremium,
        "traditionalPremium" => policy.TraditionalPremium,
        _ => policy.Number,
    };

    /// <summary>The key of <paramref name="sortBy"/> as <see cref="DriverSortKey.Format"/> writes it; null if it is not one.</summary>
    public static object? Parse(string sortBy, string text) => sortBy switch
    {
        "number" => text,
        "termStart" or "termEnd" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null,
        "telematicsPremium" or "traditionalPremium" => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null,
        _ => null,
    };

    /// <summary>Policies in the order of <paramref name="sortBy"/>, ties by number, both reversed when descending.</summary>
    public static Comparer<Policy> Order(string sortBy, bool descending) =>
        Comparer<Policy>.Create((a, b) => Compare(Of(a, sortBy), a.Number, Of(b, sortBy), b.Number, descending));

    /// <summary>Orders (key, number) pairs: by key, then number (ordinally, as PostgreSQL's "C" collation), reversed when descending.</summary>
    public static int Compare(object keyA, string numberA, object keyB, string numberB, bool descending)
    {
        var byKey = DriverSortKey.Compare(keyA, keyB);
        var order = byKey != 0 ? byKey : string.CompareOrdinal(numberA, numberB);
        return descending ? -order : order;
    }
}
