using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Telematics.IntegrationTests.Api;

namespace Telematics.IntegrationTests.Devices;

/// <summary>The real Api with the device ports' limits turned down, so each is reached in a test's time.</summary>
public sealed class HostileDevicesApiFactory : TelematicsApiFactoryBase
{
    public const int ConnectionsPerAddress = 3;
    public const int UnknownDeviceAllowance = 5;
    public static readonly TimeSpan UnknownDeviceRefill = TimeSpan.FromHours(1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telematics:Devices:TeltonikaHandshakeTimeout", "00:00:01");
        builder.UseSetting("Telematics:Devices:TeltonikaFrameTimeout", "00:00:01");
        builder.UseSetting("Telematics:Devices:TeltonikaConnectionsPerAddress", ConnectionsPerAddress.ToString());
        builder.UseSetting("Telematics:Devices:UnknownDeviceAllowance", UnknownDeviceAllowance.ToString());
        builder.UseSetting("Telematics:Devices:UnknownDeviceRefill", UnknownDeviceRefill.ToString());
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressHeader>());
    }
}
