using System.Net;

namespace Telematics.Api.Devices.Teltonika;

/// <summary>Open connections by client address, refusing one over the limit; an address with none is forgotten.</summary>
public sealed class ConnectionsPerAddress(int limit)
{
    private readonly Dictionary<IPAddress, int> _open = [];

    /// <summary>False, counting nothing, when <paramref name="address"/> already has <c>limit</c> connections open.</summary>
    public bool TryOpen(IPAddress address)
    {
        lock (_open)
        {
            var open = _open.GetValueOrDefault(address);
            if (open >= limit)
            {
                return false;
            }

            _open[address] = open + 1;
            return true;
        }
    }

    public void Close(IPAddress address)
    {
        lock (_open)
        {
            if (_open[address] == 1)
            {
                _open.Remove(address);
            }
            else
            {
                _open[address]--;
            }
        }
    }
}
