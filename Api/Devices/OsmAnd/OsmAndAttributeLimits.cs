namespace Telematics.Api.Devices.OsmAnd;

/// <summary>
/// How much free data one position may carry. Every free parameter is stored with the event, so without a bound one
/// 64 KiB request stored some 7,000 attributes. The apps send a dozen, short.
/// </summary>
public static class OsmAndAttributeLimits
{
    public const int MaxCount = 32;
    public const int MaxLength = 256;

    /// <summary>What is wrong with <paramref name="attributes"/>, or null when they are within bounds.</summary>
    public static string? Violation(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Count > MaxCount ? $"A position may carry at most {MaxCount} attributes; this one has {attributes.Count}."
        : attributes.Any(a => a.Key.Length > MaxLength || a.Value.Length > MaxLength) ? $"An attribute name or value is longer than {MaxLength} characters."
        : null;
}
