using System.Security.Claims;

namespace Telematics.Api.Web.Components.Layout;

/// <summary>One link of the navigation drawer; <see cref="Icon"/> is a MudBlazor icon (<c>Icons.Material.Filled.*</c>).</summary>
public sealed record NavEntry(string Title, string Href, string Icon);

/// <summary>
/// A group of the navigation drawer, shown to the roles it names. The web app's areas each register theirs
/// (<see cref="NavSectionExtensions.AddNavSection"/>) from their own file; the drawer lists them in registration order.
/// </summary>
public sealed record NavSection(string Title, IReadOnlySet<string> Roles, Func<ClaimsPrincipal, IReadOnlyList<NavEntry>> Entries)
{
    public bool IsFor(ClaimsPrincipal user) => Roles.Any(user.IsInRole);
}

public static class NavSectionExtensions
{
    public static IServiceCollection AddNavSection(this IServiceCollection services, NavSection section) => services.AddSingleton(section);
}
