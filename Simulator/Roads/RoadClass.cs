namespace Telematics.Simulator.Roads;

/// <summary>A street's class decides its speed limit and how tight its junction corners are.</summary>
public enum RoadClass
{
    Local,
    Arterial,
    Ring,
}
