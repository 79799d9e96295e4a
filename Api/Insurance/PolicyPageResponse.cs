namespace Telematics.Api.Insurance;

/// <summary>A page of policies; pass <see cref="Next"/> as <c>after</c> for the next page (null on the last).</summary>
public sealed record PolicyPageResponse(IReadOnlyList<PolicyResponse> Items, string? Next);
