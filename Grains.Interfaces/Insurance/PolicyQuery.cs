namespace Telematics.Insurance;

/// <summary>
/// A page of policies: of one driver, of one status as at <see cref="AsOf"/> (an active policy past its term is
/// expired), with a term starting in [<see cref="TermStartFrom"/>, <see cref="TermStartBefore"/>); a null part does
/// not filter. Sorted by one of <see cref="SortableFields"/>, ties by number in the same direction; <see cref="After"/>
/// starts the page after a cursor (keyset), so a page costs the same at any depth.
/// </summary>
public sealed record PolicyQuery(
    DateTimeOffset AsOf,
    string? DriverId = null,
    PolicyStatus? Status = null,
    DateTimeOffset? TermStartFrom = null,
    DateTimeOffset? TermStartBefore = null,
    string SortBy = "number",
    bool Descending = false,
    int PageSize = 50,
    PolicyCursor? After = null)
{
    public static readonly IReadOnlyList<string> SortableFields = ["number", "termStart", "termEnd", "telematicsPremium", "traditionalPremium"];

    public bool Matches(Policy policy) =>
        (DriverId is null || policy.DriverId == DriverId)
        && (Status is null || policy.StatusAt(AsOf) == Status)
        && (TermStartFrom is null || policy.TermStart >= TermStartFrom)
        && (TermStartBefore is null || policy.TermStart < TermStartBefore);
}
