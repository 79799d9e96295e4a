namespace Telematics.Accounts;

public static class Roles
{
    public const string Admin = "admin";

    /// <summary>Reads everything; changes nothing but rescoring.</summary>
    public const string Underwriter = "underwriter";

    public const string Driver = "driver";
    public const string Device = "device";

    public static readonly IReadOnlyList<string> All = [Admin, Underwriter, Driver, Device];
}
