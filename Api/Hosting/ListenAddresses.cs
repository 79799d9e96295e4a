using System.Net;

namespace Telematics.Api.Hosting;

/// <summary>
/// The HTTP addresses the Api listens on. The standard settings choose them (<c>ASPNETCORE_URLS</c>, <c>--urls</c>,
/// <c>Urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>); without any, <see cref="Default"/>, loopback only.
/// The default is set in code, not in appsettings.json, because a <c>Urls</c> there overrides the <c>ASPNETCORE_</c>
/// variables, which are read before it.
/// </summary>
public static class ListenAddresses
{
    public const string Default = "http://127.0.0.1:5000";

    public static WebApplicationBuilder UseDefaultListenAddress(this WebApplicationBuilder builder)
    {
        if (Configured(builder.Configuration) is null)
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }

    /// <summary>What Kestrel binds: <c>Urls</c>, else the HTTP and HTTPS ports on every interface, else <see cref="Default"/>.</summary>
    public static IReadOnlyList<string> Of(IConfiguration configuration) => Configured(configuration) ?? [Default];

    /// <summary>Whether every address is a loopback one (<c>localhost</c> or a loopback IP), reachable from this host only.</summary>
    public static bool AreLoopbackOnly(IEnumerable<string> urls) => urls.All(url =>
    {
        var host = BindingAddress.Parse(url).Host;
        return host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    });

    private static IReadOnlyList<string>? Configured(IConfiguration configuration)
    {
        if (configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls)
        {
            return Split(urls).ToList();
        }

        var ports = Split(configuration[WebHostDefaults.HttpPortsKey]).Select(port => $"http://*:{port}")
            .Concat(Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(port => $"https://*:{port}"))
            .ToList();
        return ports.Count > 0 ? ports : null;
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
