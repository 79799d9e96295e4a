namespace Telematics.Accounts;

/// <summary>A page of accounts by username; <see cref="Next"/> is the <c>after</c> of the next page, null on the last.</summary>
public sealed record AccountPage(IReadOnlyList<AccountSummary> Items, string? Next);
