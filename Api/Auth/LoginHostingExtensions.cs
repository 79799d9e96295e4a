using Microsoft.Extensions.Options;

namespace Telematics.Api.Auth;

public static class LoginHostingExtensions
{
    /// <summary>
    /// The login endpoint's limits (its options, the body reader, the per-username lockout and the per-address rate
    /// limit), the checks that tokens still stand, and the seeding of the first admin, which runs after the silo's start.
    /// </summary>
    public static IServiceCollection AddTelematicsLogin(this IServiceCollection services)
    {
        services.AddOptions<LoginOptions>().BindConfiguration(LoginOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LoginOptions>, LoginOptionsValidator>();
        services.AddSingleton<LoginRequestReader>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<Accounts.OwnPasswordChange>();
        services.AddSingleton<Accounts.AccountAdministration>();
        services.AddSingleton<TokenCurrency>();
        services.AddHostedService<Accounts.FirstAdminSeeding>();
        return services.AddLoginRateLimiting();
    }
}
