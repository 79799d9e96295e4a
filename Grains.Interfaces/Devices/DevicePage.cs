namespace Telematics.Devices;

/// <summary>A page of devices; <see cref="Next"/> asks for the next page, null on the last.</summary>
public sealed record DevicePage(IReadOnlyList<DeviceSummary> Items, string? Next)
{
    /// <summary>The page of <paramref name="query"/> from <paramref name="rows"/>, fetched one longer than a page to know whether another follows.</summary>
    public static DevicePage Of(DeviceQuery query, IReadOnlyList<DeviceSummary> rows) =>
        new([.. rows.Take(query.Limit)], rows.Count > query.Limit ? rows[query.Limit - 1].DeviceId : null);
}
