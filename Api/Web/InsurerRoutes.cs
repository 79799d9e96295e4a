namespace Telematics.Api.Web;

/// <summary>The insurer console's pages.</summary>
public static class InsurerRoutes
{
    public const string Portfolio = "/insurer";
    public const string Drivers = "/insurer/drivers";
    public const string Devices = "/insurer/devices";
    public const string Rescoring = "/insurer/rescoring";
    public const string Models = "/insurer/models";
    public const string Policies = "/insurer/policies";
    public const string Users = "/insurer/users";
    public const string Audit = "/insurer/audit";
    public static string Driver(string driverId) => $"{Drivers}/{Uri.EscapeDataString(driverId)}";
    public const string Simulator = "/insurer/simulator";
}
