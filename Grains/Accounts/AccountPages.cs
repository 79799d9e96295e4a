namespace Telematics.Accounts;

/// <summary>Keyset paging: a store reads one account more than the limit, and that one's presence says whether a next page exists.</summary>
public static class AccountPages
{
    public static AccountPage Of(IReadOnlyList<AccountSummary> byUsername, int limit)
    {
        var items = byUsername.Take(limit).ToList();
        return new AccountPage(items, byUsername.Count > limit ? items[^1].Username : null);
    }
}
