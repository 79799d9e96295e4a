namespace Telematics.Simulator.Roads;

/// <summary>Where along a path a turn's arc runs, and its radius.</summary>
public sealed record CornerSpan(double StartM, double EndM, double RadiusM);
