namespace Telematics.Simulator.Physics;

/// <summary>The point-mass physics of a car on a path: pure functions of speed, distance and curvature.</summary>
public static class VehicleDynamics
{
    /// <summary>Engine power per unit mass of a typical car (about 100 kW for 1,400 kg): it caps acceleration at speed.</summary>
    public const double SpecificPowerWPerKg = 70;

    /// <summary>Dry-road tyre grip, the most any acceleration can reach.</summary>
    public const double MaxGripMps2 = 9;

    /// <summary>How fast a driver's foot changes the acceleration; keeps accelerations continuous.</summary>
    public const double MaxJerkMps3 = 10;

    /// <summary>The most acceleration the engine can give at <paramref name="speedMps"/>: P / (m v), within grip.</summary>
    public static double PowerLimitedAccelMps2(double speedMps) => Math.Min(MaxGripMps2, SpecificPowerWPerKg / Math.Max(speedMps, 1));

    /// <summary>The steady deceleration that brings <paramref name="speedMps"/> down to <paramref name="targetMps"/> in <paramref name="distanceM"/>: (v² − v²ₜ) / 2d.</summary>
    public static double DecelerationToReach(double speedMps, double targetMps, double distanceM) =>
        (speedMps * speedMps - targetMps * targetMps) / (2 * distanceM);

    /// <summary>
    /// Centripetal acceleration over a step, positive to the left: v × dθ/dt, which on a bend of curvature κ is v² κ.
    /// Taken from the heading the path really turned through, it agrees exactly with speed and heading even on a
    /// step that enters or leaves a bend.
    /// </summary>
    public static double LateralAccelMps2(double meanSpeedMps, double headingChangeRad, double stepS) =>
        meanSpeedMps * Math.IEEERemainder(headingChangeRad, 2 * Math.PI) / stepS;

    /// <summary>The acceleration reached from <paramref name="currentMps2"/> towards <paramref name="desiredMps2"/> in one step of limited jerk.</summary>
    public static double JerkLimited(double currentMps2, double desiredMps2, double stepS) =>
        currentMps2 + Math.Clamp(desiredMps2 - currentMps2, -MaxJerkMps3 * stepS, MaxJerkMps3 * stepS);
}
