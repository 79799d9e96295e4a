namespace Telematics.Portfolio;

public sealed record DriverPage(IReadOnlyList<DriverSummary> Items, int Page, int PageSize, long Total);
