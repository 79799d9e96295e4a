using MudBlazor;

namespace Telematics.Api.Web.Components.Layout;

/// <summary>The app's colours, light and dark; both keep text at a 4.5:1 contrast on their backgrounds.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e9a",
            Secondary = "#2e7d32",
            AppbarBackground = "#16476f",
            Background = "#f5f7fa",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb8ef",
            Secondary = "#81c784",
            AppbarBackground = "#1e2530",
            Background = "#12161c",
            Surface = "#1b2028",
            DrawerBackground = "#171c23",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
