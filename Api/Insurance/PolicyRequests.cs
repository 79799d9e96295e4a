namespace Telematics.Api.Insurance;

/// <summary>
/// A new policy for a registered driver: its number, the driver's vehicles it covers, and its term (from now for a
/// year when not given). Its traditional and telematics premiums are the driver's current ones.
/// </summary>
public sealed record CreatePolicyRequest(string? Number, string? DriverId, IReadOnlyList<string>? VehicleIds, DateTimeOffset? TermStart, DateTimeOffset? TermEnd);

/// <summary>A renewal, under the number given or the next term's (<c>POL-1</c> → <c>POL-1-R1</c>).</summary>
public sealed record RenewPolicyRequest(string? Number);
