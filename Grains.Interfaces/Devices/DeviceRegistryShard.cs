namespace Telematics.Devices;

/// <summary>Which <see cref="IDeviceRegistryGrain"/> holds a device: a hash that is the same in every process and release.</summary>
public static class DeviceRegistryShard
{
    /// <summary>
    /// Enough that a shard stays small to rewrite on each registration (a million devices: about 4,000 a shard), few
    /// enough that all of them together are a bounded, small number of activations.
    /// </summary>
    public const int Count = 256;

    private static readonly string[] Keys = [.. Enumerable.Range(0, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>FNV-1a of the id's characters; <see cref="string.GetHashCode()"/> differs between processes.</summary>
    public static string Of(string deviceId)
    {
        var hash = 2166136261u;
        foreach (var c in deviceId)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return Keys[hash % Count];
    }
}
