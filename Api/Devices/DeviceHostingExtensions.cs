using System.Net;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;
using Telematics.Api.Devices.OsmAnd;
using Telematics.Api.Devices.Teltonika;

namespace Telematics.Api.Devices;

public static class DeviceHostingExtensions
{
    /// <summary>
    /// Adds the device registry, the device keys, the shared ingestion and the listeners of every protocol whose port is not 0. The
    /// OsmAnd port is added to the <c>Urls</c> Kestrel binds rather than given to <c>Listen</c>, because an explicit
    /// <c>Listen</c> makes Kestrel ignore <c>Urls</c> altogether.
    /// </summary>
    public static WebApplicationBuilder AddTelematicsDevices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeviceOptions>().BindConfiguration(DeviceOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeviceOptions>, DeviceOptionsValidator>();
        services.AddSingleton<DeviceMetrics>();
        services.AddSingleton<UnknownDeviceLimiter>();
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<DeviceIngestion>();
        services.AddSingleton<Keys.DeviceKeyService>();
        services.AddSingleton<DeviceContacts>().AddHostedService(sp => sp.GetRequiredService<DeviceContacts>());

        var options = builder.Configuration.GetSection(DeviceOptions.Section).Get<DeviceOptions>() ?? new DeviceOptions();
        if (options.TeltonikaPort != 0)
        {
            services.AddSingleton<TeltonikaSessionFactory>();
            services.AddSingleton<TeltonikaTcpListener>().AddHostedService(sp => sp.GetRequiredService<TeltonikaTcpListener>());
            services.AddSingleton<TeltonikaUdpListener>().AddHostedService(sp => sp.GetRequiredService<TeltonikaUdpListener>());
        }

        if (options.OsmAndPort != 0 && IPAddress.TryParse(options.ListenAddress, out var address))
        {
            builder.WebHost.UseUrls([.. ListenAddresses.Of(builder.Configuration), $"http://{new IPEndPoint(address, options.OsmAndPort)}"]);
        }

        return builder;
    }

    public static WebApplication MapTelematicsDevices(this WebApplication app)
    {
        app.MapDevicesApi();
        var options = app.Services.GetRequiredService<IOptions<DeviceOptions>>().Value;
        if (options.OsmAndPort != 0)
        {
            app.UseOsmAndPortForPositionsOnly(options.OsmAndPort);
            app.MapOsmAndApi(options.OsmAndPort);
        }

        return app;
    }
}
