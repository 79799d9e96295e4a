namespace Telematics.Simulator.Api;

/// <summary>A login, parsed from the command line's <c>user:password</c>.</summary>
public sealed record ApiCredentials(string User, string Password)
{
    public static ApiCredentials Parse(string login)
    {
        var parts = login.Split(':', 2);
        return parts.Length == 2 ? new ApiCredentials(parts[0], parts[1]) : throw new ArgumentException($"Expected user:password, got '{login}'.");
    }
}
