using Telematics.Accounts;

namespace Telematics.Api.Auth;

public static class Policies
{
    public const string Admin = "admin";
    public const string Ingest = "ingest";

    /// <summary>The admin views, read by an admin or an underwriter.</summary>
    public const string ReadAll = "read-all";

    /// <summary>Rescoring jobs: the one change an underwriter may make.</summary>
    public const string Rescoring = "rescoring";

    /// <summary>A driver reading their own data (route value <c>id</c>), or an admin.</summary>
    public const string OwnDriverData = "own-driver-data";

    public static IServiceCollection AddTelematicsAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, OwnDriverDataHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Ingest, p => p.RequireRole(Roles.Device, Roles.Admin))
            .AddPolicy(ReadAll, p => p.RequireRole(Roles.Admin, Roles.Underwriter))
            .AddPolicy(Rescoring, p => p.RequireRole(Roles.Admin, Roles.Underwriter))
            .AddPolicy(OwnDriverData, p => p.AddRequirements(new OwnDriverDataRequirement()));
        return services;
    }
}
