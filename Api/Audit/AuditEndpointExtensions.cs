namespace Telematics.Api.Audit;

public static class AuditEndpointExtensions
{
    /// <summary>Records every call but a GET of these endpoints, which change resources of <paramref name="resourceType"/>.</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string resourceType)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedResource(resourceType)).AddEndpointFilter<TBuilder, AuditFilter>();

    /// <summary>The request's <see cref="Audit.AuditDetails"/>, which <see cref="AuditTrailMiddleware"/> sets before anything else runs.</summary>
    public static AuditDetails AuditDetails(this HttpContext http)
    {
        if (http.Features.Get<AuditDetails>() is { } details)
        {
            return details;
        }

        details = new AuditDetails();
        http.Features.Set(details);
        return details;
    }
}
