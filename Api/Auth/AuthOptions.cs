namespace Telematics.Api.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The signing key in appsettings.json; a deployment that still uses it outside Embedded mode is refused.</summary>
    public const string LocalDevSigningKey = "local-dev-signing-key-change-me-0123456789abcdef";

    /// <summary>The passwords in appsettings.json; refused, like the key, outside Embedded mode.</summary>
    public static readonly IReadOnlySet<string> LocalDevPasswords = new HashSet<string> { "admin-dev", "device-dev", "driver-dev" };

    public string Issuer { get; set; } = "telematics";

    /// <summary>HMAC-SHA256 key for the JWTs, at least 32 bytes.</summary>
    public string SigningKey { get; set; } = "";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a token exchanged for a device key lasts (<c>POST /api/v1/auth/device</c>); the device exchanges its
    /// key again after it. Its key is checked on every request anyway, so this bounds only how long a stolen token
    /// outlives nothing but a key that still stands. Default: 1 h.
    /// </summary>
    public TimeSpan DeviceTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long past its expiry a token is still accepted, for clocks that disagree; at most 30 s (JwtBearer's own
    /// default, 5 min, would let a token outlive its lifetime by that much). Default: 30 s.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>The shortest operator password accepted outside Embedded mode.</summary>
    public const int MinPasswordLength = 12;

    /// <summary>
    /// Logins set by configuration. An admin here seeds the account directory while it holds no enabled admin, and is
    /// never written over afterwards (docs/accounts.md). A device here is a shared login that may write for any
    /// vehicle: accepted in Embedded mode only, refused at start in any other, where each device has its own key.
    /// </summary>
    public List<ConfiguredUser> Users { get; set; } = [];

    /// <summary>
    /// The shared device login of Embedded mode, which the simulator signs in with; read in Embedded mode only, as
    /// the built-in fleet is (appsettings.json ships <c>device</c>/<c>device-dev</c>).
    /// </summary>
    public ConfiguredUser? EmbeddedDevice { get; set; }

    /// <summary>The password the built-in simulated fleet gives its drivers' logins.</summary>
    public string FleetDriverPassword { get; set; } = "";
}

public sealed class ConfiguredUser
{
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
}
