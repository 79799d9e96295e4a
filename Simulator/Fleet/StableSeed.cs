namespace Telematics.Simulator.Fleet;

/// <summary>A seed from a string that is the same in every process, unlike <see cref="string.GetHashCode()"/>, which .NET randomises per process.</summary>
public static class StableSeed
{
    public static int Of(int seed, string key)
    {
        // FNV-1a.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
