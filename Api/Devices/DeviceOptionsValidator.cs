using System.Net;
using Microsoft.Extensions.Options;

namespace Telematics.Api.Devices;

public sealed class DeviceOptionsValidator : IValidateOptions<DeviceOptions>
{
    public ValidateOptionsResult Validate(string? name, DeviceOptions options)
    {
        List<string> failures = [];
        foreach (var (setting, port) in new[] { ("TeltonikaPort", options.TeltonikaPort), ("OsmAndPort", options.OsmAndPort) })
        {
            if (port is < 0 or > IPEndPoint.MaxPort)
            {
                failures.Add($"{DeviceOptions.Section}:{setting} must be between 0 (off) and {IPEndPoint.MaxPort}; was {port}.");
            }
        }

        if (options.TeltonikaPort != 0 && options.TeltonikaPort == options.OsmAndPort)
        {
            failures.Add($"{DeviceOptions.Section}:TeltonikaPort and OsmAndPort must differ; both are {options.TeltonikaPort}.");
        }

        if (!IPAddress.TryParse(options.ListenAddress, out _))
        {
            failures.Add($"{DeviceOptions.Section}:ListenAddress must be an IP address; was '{options.ListenAddress}'.");
        }

        foreach (var (setting, value) in new[]
        {
            ("TeltonikaIdleTimeout", options.TeltonikaIdleTimeout), ("TeltonikaHandshakeTimeout", options.TeltonikaHandshakeTimeout),
            ("TeltonikaFrameTimeout", options.TeltonikaFrameTimeout), ("UnknownDeviceRefill", options.UnknownDeviceRefill),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{DeviceOptions.Section}:{setting} must be positive; was {value}.");
            }
        }

        foreach (var (setting, value) in new[] { ("TeltonikaConnectionsPerAddress", options.TeltonikaConnectionsPerAddress), ("UnknownDeviceAllowance", options.UnknownDeviceAllowance) })
        {
            if (value < 1)
            {
                failures.Add($"{DeviceOptions.Section}:{setting} must be at least 1; was {value}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
