namespace Telematics.Api.Audit;

/// <summary>Endpoint metadata: the endpoint changes a resource of this type, and every call of it but a GET is recorded.</summary>
public sealed record AuditedResource(string ResourceType);
