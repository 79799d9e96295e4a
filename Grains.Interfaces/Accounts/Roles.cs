namespace Telematics.Accounts;

public static class Roles
{
    public const string Admin = "admin";
    public const string Driver = "driver";
    public const string Device = "device";
}
