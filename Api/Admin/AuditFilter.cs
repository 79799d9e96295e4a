using System.Security.Claims;
using Telematics.Audit;
using Telematics.Portfolio;

namespace Telematics.Api.Admin;

/// <summary>Records every change an operator makes through the API, with its outcome, in the audit log.</summary>
public sealed class AuditFilter(IAuditLog audit, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            var action = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Method;
            var actor = http.User.FindFirstValue("sub") ?? "anonymous";
            await audit.AppendAsync(new AuditEntry(time.GetUtcNow(), actor, action, http.Request.Path, StatusOf(result, http)), http.RequestAborted);
        }

        return result;
    }

    /// <summary>The status the handler chose: typed results carry it, unions of them nest it.</summary>
    private static int StatusOf(object? result, HttpContext http) => result switch
    {
        INestedHttpResult nested => StatusOf(nested.Result, http),
        IStatusCodeHttpResult { StatusCode: { } status } => status,
        _ => http.Response.StatusCode,
    };
}
