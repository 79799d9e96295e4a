using Telematics.Devices;
using Telematics.Portfolio;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The insurer console's reads, from the read models the JSON API's admin views read (<see cref="IDriverReadModel"/>,
/// <see cref="IDeviceReadModel"/>): bounded queries that stay fast at a million drivers (bench/results/admin-queries.md).
/// </summary>
public sealed class InsurerConsole(IDriverReadModel drivers, IDeviceReadModel devices, TimeProvider time)
{
    public const int TripDays = 30;

    public const int PageSize = 25;

    public Task<PortfolioStatistics> StatisticsAsync(CancellationToken cancellationToken = default) => drivers.GetStatisticsAsync(cancellationToken);

    public Task<IReadOnlyList<DailyTrips>> TripsPerDayAsync(CancellationToken cancellationToken = default)
    {
        var today = DailyTrips.DayOf(time.GetUtcNow());
        return drivers.GetTripsPerDayAsync(today.AddDays(1 - TripDays), today, cancellationToken);
    }

    public Task<DriverPage> DriversAsync(DriverQuery query, CancellationToken cancellationToken = default) => drivers.QueryAsync(query, cancellationToken);

    public Task<DevicePage> DevicesAsync(DeviceQuery query, CancellationToken cancellationToken = default) => devices.QueryAsync(query, cancellationToken);
}
