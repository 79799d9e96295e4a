using Telematics.Accounts;

namespace Telematics.Api.Auth;

public static class Policies
{
    public const string Admin = "admin";
    public const string Ingest = "ingest";

    /// <summary>A driver reading their own data (route value <c>id</c>), or an admin.</summary>
    public const string OwnDriverData = "own-driver-data";

    public static IServiceCollection AddTelematicsAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, OwnDriverDataHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Ingest, p => p.RequireRole(Roles.Device, Roles.Admin))
            .AddPolicy(OwnDriverData, p => p.AddRequirements(new OwnDriverDataRequirement()));
        return services;
    }
}
