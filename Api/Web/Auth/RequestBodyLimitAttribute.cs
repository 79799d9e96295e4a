using Microsoft.AspNetCore.Http.Metadata;

namespace Telematics.Api.Web.Auth;

/// <summary>A page's request body limit (the server's default is 30 MB), read by the router as an endpoint's would be.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequestBodyLimitAttribute(long bytes) : Attribute, IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
