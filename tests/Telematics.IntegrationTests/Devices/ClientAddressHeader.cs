using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Telematics.IntegrationTests.Devices;

/// <summary>
/// Lets a test request say which client address it comes from: the test server has no sockets, so every request
/// would otherwise come from the same (unknown) address and per-address limits could not be told apart.
/// </summary>
internal sealed class ClientAddressHeader : IStartupFilter
{
    public const string Name = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Name] is [{ } address])
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
