namespace Telematics.Api.Admin;

/// <summary>
/// Checks a page request so that the rows it skips, (page − 1) × pageSize, fit in an int: <c>page=2147483647</c>
/// once wrapped round to a negative offset and answered with the first page (a negative OFFSET, on PostgreSQL).
/// A list that pages by cursor also bounds the rows an offset skips, <paramref name="maxSkipped"/>: each costs a read.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    public static Dictionary<string, string[]> Validate(int page, int pageSize, int maxSkipped = int.MaxValue)
    {
        var errors = new Dictionary<string, string[]>();
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be between 1 and {MaxPageSize}."];
        }

        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var maxPage = Math.Min(int.MaxValue / size, maxSkipped / size + 1);
        if (page < 1 || page > maxPage)
        {
            errors["page"] = [maxSkipped == int.MaxValue ? $"must be between 1 and {maxPage}." : $"must be between 1 and {maxPage}; further pages by the cursor (after)."];
        }

        return errors;
    }
}
