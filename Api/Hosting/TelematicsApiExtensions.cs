using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;
using Telematics.Api.Accounts;
using Telematics.Api.Admin;
using Telematics.Api.Audit;
using Telematics.Api.Auth;
using Telematics.Api.Devices;
using Telematics.Api.Drivers;
using Telematics.Api.Fleet;
using Telematics.Api.Insurance;
using Telematics.Api.Live;
using Telematics.Api.Pricing;
using Telematics.Api.Rescoring;
using Telematics.Api.Risk;
using Telematics.Api.Telemetry;
using Telematics.Api.Trips;
using Telematics.Api.Web;
using Telematics.Api.Web.Auth;
using Telematics.Silo.Hosting;
using Telematics.Silo.Observability;

namespace Telematics.Api.Hosting;

public static class TelematicsApiExtensions
{
    /// <summary>Co-hosts the silo and adds the Api's services: the shared service defaults, auth, problem details, OpenAPI, the built-in fleet.</summary>
    public static WebApplicationBuilder AddTelematicsApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.UseDefaultListenAddress();
        builder.AddTelematicsServiceDefaults("telematics-api");
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));

        services.AddProblemDetails();
        services.AddExceptionHandler<TransientFailureHandler>();
        services.AddBadRequestProblems();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // The web defaults read numbers from strings, "NaN" and "Infinity" included, which then failed every read of what held them.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi();

        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        services.AddSingleton<EventBatchReader>();
        // After the silo's start and before the server's: the node listens once its batch reader is compiled.
        services.AddHostedService<IngestionWarmUp>();
        services.AddOptions<FleetOptions>().BindConfiguration(FleetOptions.Section);
        services.AddOptions<DriveSimulatorOptions>().BindConfiguration(DriveSimulatorOptions.Section);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, ValidatedTokenCache, TokenCurrency>((jwt, auth, tokens, currency) =>
            {
                jwt.MapInboundClaims = false;
                // Nothing reads the token back from the authentication properties.
                jwt.SaveToken = false;
                jwt.Events = new CachingJwtBearerEvents(tokens, currency);
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Issuer,
                    IssuerSigningKey = TokenService.KeyOf(auth.Value),
                    ClockSkew = auth.Value.ClockSkew,
                    RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                    NameClaimType = "sub",
                };
            });
        services.AddTelematicsAuthentication();
        services.AddTelematicsAuthorization();
        services.AddTelematicsLogin();
        services.AddSingleton<TokenService>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<PolicyService>();
        services.AddSingleton<PolicyDesk>();
        services.AddSingleton<Telematics.Api.Rescoring.RescoringJobs>();
        services.AddSingleton<DriveSimulator>();
        builder.AddTelematicsDevices();
        builder.AddTelematicsWeb();

        if (FleetOptions.Runs(builder.Configuration))
        {
            services.AddHostedService<SimulatedFleetService>();
        }

        return builder;
    }

    public static WebApplication UseTelematicsApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Outside the exception handlers, so that what it records is the status they sent.
        app.UseMiddleware<AuditTrailMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapAuthApi();
        app.MapTelemetryApi();
        app.MapDriversApi();
        app.MapTripsApi();
        app.MapRiskApi();
        app.MapPricingApi();
        app.MapAdminApi();
        app.MapPortfolioApi();
        app.MapAuditApi();
        app.MapAccountsApi();
        app.MapPoliciesApi();
        app.MapModelsApi();
        app.MapLiveApi();
        app.MapRescoringApi();
        app.MapSimulatorApi();
        app.MapClusterApi(app.Configuration);
        app.MapTelematicsDevices();
        app.MapTelematicsWeb();

        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapTelematicsServiceEndpoints();
        return app;
    }
}
