namespace Telematics.Api.Accounts;

/// <summary>A page of accounts by username; pass <see cref="Next"/> as <c>after</c> for the next page (null on the last).</summary>
public sealed record UserPage(IReadOnlyList<UserResponse> Items, string? Next);
