namespace Telematics.Api.Audit;

/// <summary>Describes an audited request from its bound body (<see cref="AuditSummary"/>) before the handler runs.</summary>
public sealed class AuditFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var details = context.HttpContext.AuditDetails();
        foreach (var argument in context.Arguments)
        {
            if (AuditSummary.Of(argument) is var (resourceId, summary))
            {
                details.ResourceId ??= resourceId;
                details.After ??= summary;
            }
        }

        return next(context);
    }
}
