namespace Telematics.Api.Hosting;

public static class BadRequestExtensions
{
    /// <summary>
    /// Has minimal APIs throw their binding failures in every environment (by default only Development does), for
    /// <see cref="BadRequestExceptionHandler"/> to answer them naming the field.
    /// </summary>
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services.AddExceptionHandler<BadRequestExceptionHandler>();
    }
}
