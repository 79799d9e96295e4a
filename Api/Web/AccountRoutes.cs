namespace Telematics.Api.Web;

/// <summary>The pages of a signed-in user's own account, whatever their role.</summary>
public static class AccountRoutes
{
    /// <summary>Opened by a full load, never a navigation inside the app: the page has no live connection, so that its response can set the cookie.</summary>
    public const string Password = "/account/password";
}
