using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Telematics.Devices;

namespace Telematics.Api.Devices.Keys;

/// <summary>
/// A device's key: 256 random bits, shown once, of which only the SHA-256 is stored. A plain hash is enough here where
/// a password needs a slow one: a slow hash defends a guessable secret against offline guessing, and nobody guesses
/// 256 random bits, so a leaked hash gives nothing while every check stays one fast hash on the ingestion path.
/// </summary>
public static class DeviceKey
{
    /// <summary>The key's length in characters: 32 bytes in unpadded base64url.</summary>
    public const int Length = 43;

    public static (string Key, DeviceKeyHash Hash) New()
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (key, new DeviceKeyHash(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(9)), Sha256(key)));
    }

    /// <summary>Whether <paramref name="key"/> is the one <paramref name="hash"/> was made of; false when either is missing.</summary>
    public static bool Matches(DeviceKeyHash? hash, string? key) =>
        hash is not null && key is { Length: Length }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sha256(key)), Encoding.ASCII.GetBytes(hash.Sha256));

    private static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
