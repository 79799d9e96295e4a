namespace Telematics.Api.Web;

/// <summary>The driver portal's addresses: each carries the driver's id, which the pages' policy checks against the viewer's.</summary>
public static class DriverRoutes
{
    public static string Overview(string driverId) => $"/drivers/{Uri.EscapeDataString(driverId)}";

    public static string Page(string driverId, string page) => $"{Overview(driverId)}/{page}";

    public static string Trip(string driverId, string tripId) => $"{Overview(driverId)}/trips/{Uri.EscapeDataString(tripId)}";
}
