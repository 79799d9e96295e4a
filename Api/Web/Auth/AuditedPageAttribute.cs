using Telematics.Api.Audit;

namespace Telematics.Api.Web.Auth;

/// <summary>A page whose form posts change a resource of this type: each post is in the audit trail (<see cref="AuditedResource"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditedPageAttribute(string resourceType) : Attribute
{
    public string ResourceType => resourceType;
}
