namespace Telematics.Api.Web;

/// <summary>A map's tile layer as <c>wwwroot/js/route-map.js</c> takes it.</summary>
public sealed record MapTiles(string Url, string Attribution);
