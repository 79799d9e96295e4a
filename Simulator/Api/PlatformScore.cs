namespace Telematics.Simulator.Api;

/// <summary>A driver's score as <c>GET /api/v1/risk/{id}/score</c> returns it (the category as its name).</summary>
public sealed record PlatformScore(double ExpectedClaimFrequency, double Score, string Category, bool Provisional, double MilesDriven);
