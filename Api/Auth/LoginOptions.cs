namespace Telematics.Api.Auth;

/// <summary>How hard the login endpoint pushes back on guessing; the numbers are in docs/security.md.</summary>
public sealed class LoginOptions
{
    public const string Section = "Auth:Login";

    /// <summary>
    /// The most bytes a login body may have; more is answered 413 before anything is parsed. A username (64) and a
    /// password fit many times over. Default: 4,096.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 4_096;

    /// <summary>The most characters a password may have: hashing cost grows with it. Default: 256.</summary>
    public int MaxPasswordLength { get; set; } = 256;

    /// <summary>
    /// Login attempts one client address may make in a minute, whatever the usernames (a token bucket refilled
    /// evenly over the minute); more are answered 429 with Retry-After. Default: 20.
    /// </summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords in a row a username may have before it is locked. Default: 5.</summary>
    public int FailuresBeforeLockout { get; set; } = 5;

    /// <summary>
    /// The first lockout; each further wrong password doubles it, up to <see cref="MaxLockout"/>. While locked a
    /// username is answered 429 with Retry-After, whatever the password. Default: 30 s.
    /// </summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest lockout, and how long a username's failures are remembered after the last one. Default: 15 min.</summary>
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);
}
