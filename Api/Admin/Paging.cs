namespace Telematics.Api.Admin;

/// <summary>
/// Checks a page request so that the rows it skips, (page − 1) × pageSize, fit in an int: <c>page=2147483647</c>
/// once wrapped round to a negative offset and answered with the first page (a negative OFFSET, on PostgreSQL).
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    public static Dictionary<string, string[]> Validate(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"must be between 1 and {MaxPageSize}."];
        }

        var maxPage = int.MaxValue / Math.Clamp(pageSize, 1, MaxPageSize);
        if (page < 1 || page > maxPage)
        {
            errors["page"] = [$"must be between 1 and {maxPage}."];
        }

        return errors;
    }
}
