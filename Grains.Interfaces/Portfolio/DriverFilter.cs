namespace Telematics.Portfolio;

/// <summary>Which drivers of the read model: by risk category and score range; a null part does not filter.</summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverFilter")]
public sealed record DriverFilter(string? Category = null, double? MinScore = null, double? MaxScore = null)
{
    public bool Matches(DriverSummary driver) =>
        (Category is null || string.Equals(driver.Category, Category, StringComparison.OrdinalIgnoreCase))
        && (MinScore is null || driver.Score >= MinScore)
        && (MaxScore is null || driver.Score <= MaxScore);
}
