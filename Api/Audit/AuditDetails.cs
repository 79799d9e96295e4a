namespace Telematics.Api.Audit;

/// <summary>
/// What a request's handler knows that its audit entry should hold: the resource's id, its state before and after,
/// and, for a sign-in, the username tried. Kept as a request feature and read once the response's status is final.
/// </summary>
public sealed class AuditDetails
{
    public string? Actor { get; set; }
    public string? ResourceId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
