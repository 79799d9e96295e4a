using MudBlazor;
using Telematics.Accounts;
using Telematics.Api.Web.Components.Layout;

namespace Telematics.Api.Web;

/// <summary>
/// The insurer console's drawer section, for admins and underwriters (who read everything and rescore); the drive
/// simulator's entry only where it runs (<see cref="Fleet.DriveSimulatorOptions.Runs"/>), to admins.
/// </summary>
public static class InsurerNav
{
    public static NavSection Section(bool driveSimulator) => new("Insurer", new HashSet<string> { Roles.Admin, Roles.Underwriter }, user =>
    [
        new NavEntry("Portfolio", InsurerRoutes.Portfolio, Icons.Material.Filled.PieChart),
        new NavEntry("Drivers", InsurerRoutes.Drivers, Icons.Material.Filled.People),
        new NavEntry("Devices", InsurerRoutes.Devices, Icons.Material.Filled.Router),
        new NavEntry("Rescoring", InsurerRoutes.Rescoring, Icons.Material.Filled.Autorenew),
        new NavEntry("Models", InsurerRoutes.Models, Icons.Material.Filled.Insights),
        new NavEntry("Policies", InsurerRoutes.Policies, Icons.Material.Filled.Policy),
        // Only an admin changes accounts (the API's Policies.Admin); the section's parameter is the signed-in user.
        .. (user.IsInRole(Roles.Admin) ? new[] { new NavEntry("Users", InsurerRoutes.Users, Icons.Material.Filled.ManageAccounts) } : []),
        new NavEntry("Audit log", InsurerRoutes.Audit, Icons.Material.Filled.FactCheck),
        .. driveSimulator && user.IsInRole(Roles.Admin) ? [new NavEntry("Drive simulator", InsurerRoutes.Simulator, Icons.Material.Filled.DirectionsCar)] : Array.Empty<NavEntry>(),
    ]);
}
