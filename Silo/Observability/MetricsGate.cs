using System.Net;
using System.Security.Cryptography;
using System.Text;
using Telematics.Silo.Hosting;

namespace Telematics.Silo.Observability;

/// <summary>Decides whether a request may read <c>/metrics</c>; see <see cref="MetricsOptions.ScrapeToken"/>.</summary>
public sealed class MetricsGate(MetricsOptions options, TelematicsMode mode)
{
    private const string Scheme = "Bearer ";

    public bool Admits(string? authorization, IPAddress? remote)
    {
        if (options.ScrapeToken.Length > 0)
        {
            return authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()), Encoding.UTF8.GetBytes(options.ScrapeToken));
        }

        // No address is a connection that is not over the network (an in-process test server, a Unix socket).
        return mode == TelematicsMode.Embedded && (remote is null || IPAddress.IsLoopback(remote));
    }
}
