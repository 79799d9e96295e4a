namespace Telematics.Simulator.Roads;

/// <summary>Where along a path a turn's arc runs, its radius, and its side: +1 left, −1 right.</summary>
public sealed record CornerSpan(double StartM, double EndM, double RadiusM, int Side);
