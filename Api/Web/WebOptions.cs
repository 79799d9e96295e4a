namespace Telematics.Api.Web;

/// <summary>Settings of the web app (section <c>Telematics:Web</c>).</summary>
public sealed class WebOptions
{
    public const string Section = "Telematics:Web";

    public const string OpenStreetMapTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The map tiles under a trip's route (Leaflet's URL template); empty draws the route on a plain background.</summary>
    public string TileUrl { get; set; } = OpenStreetMapTiles;

    /// <summary>The tiles' attribution, shown on the map when there are tiles.</summary>
    public string TileAttribution { get; set; } = "© OpenStreetMap contributors";

    /// <summary>What <c>wwwroot/js/route-map.js</c> draws under a route: null for the plain background, and then no attribution either.</summary>
    public MapTiles? Tiles() => string.IsNullOrEmpty(TileUrl) ? null : new MapTiles(TileUrl, TileAttribution);

    /// <summary>The origin the tiles come from, which the Content-Security-Policy lets images load from; null without tiles.</summary>
    public string? TileOrigin() =>
        Uri.TryCreate(TileUrl.Replace("{s}.", "", StringComparison.Ordinal), UriKind.Absolute, out var tiles) && tiles.Scheme is "https" or "http"
            ? tiles.GetLeftPart(UriPartial.Authority)
            : null;
}
