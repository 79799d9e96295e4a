namespace Telematics.Simulator.Physics;

/// <summary>The four classes of harsh event, as the portfolio and the platform's trip features count them.</summary>
public enum HarshManoeuvre
{
    Acceleration,
    Braking,
    LeftTurn,
    RightTurn,
}
