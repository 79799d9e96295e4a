using Telematics.Api.Insurance;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The create-policy dialog's fields as typed, turned into the API's request: vehicles separated by commas or spaces,
/// days as UTC midnight (an empty start is from now, an empty end a year after the start, as in the API).
/// </summary>
public sealed class PolicyForm
{
    public string Number { get; set; } = "";
    public string DriverId { get; set; } = "";
    public string Vehicles { get; set; } = "";
    public DateTime? TermStart { get; set; }
    public DateTime? TermEnd { get; set; }

    public CreatePolicyRequest ToRequest() => new(
        Blank(Number), Blank(DriverId),
        Vehicles.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Day(TermStart), Day(TermEnd));

    /// <summary>The validator's messages for <paramref name="field"/>; <c>vehicleIds</c> takes those of each vehicle too, named by its place.</summary>
    public static string? ErrorOf(IReadOnlyDictionary<string, string[]>? errors, string field)
    {
        var messages = (errors ?? new Dictionary<string, string[]>())
            .Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .SelectMany(e => e.Key == field ? e.Value : e.Value.Select(m => $"{Place(e.Key)} {m}"))
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string Place(string key) => $"Vehicle {int.Parse(key[(key.IndexOf('[') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) + 1}";

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? Day(DateTime? day) => day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : null;
}
