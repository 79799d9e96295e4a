using Telematics.Api.Insurance;
using Telematics.Devices;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The insurer's page of one driver reads the driver portal's summary and adds the devices (from the devices read
/// model) and the policies: a handful of rows each, read by the driver's id.
/// </summary>
public sealed class DriverDetails(DriverPortal portal, IDeviceReadModel devices, PolicyService policies)
{
    /// <summary>Devices and policies listed: more than a driver has, without paging.</summary>
    public const int Rows = 20;

    /// <summary>The driver's detail, or null for one who is not registered.</summary>
    public async Task<DriverDetail?> ReadAsync(string driverId, CancellationToken cancellationToken = default)
    {
        if (await portal.OverviewAsync(driverId) is not { } overview)
        {
            return null;
        }

        var explanation = portal.Driver(driverId).ExplainAsync(DriverPortal.AdvisorFactors);
        var driverDevices = devices.QueryAsync(new DeviceQuery(DriverId: driverId, Limit: Rows), cancellationToken);
        var driverPolicies = policies.OfDriverAsync(driverId, Rows, cancellationToken);
        return new DriverDetail(overview, await explanation, (await driverDevices).Items, await driverPolicies);
    }
}
