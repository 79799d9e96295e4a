using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// One input of the frequency models as a person reads it: how to take it from a driver, and how to say its value.
/// Explanations group the model's terms by variable, so a spline of age reads as one "Driver age" factor.
/// </summary>
public sealed record RiskVariable(string Name, string Label, Func<RatingVariables, DriverFeatures?, double> Read, Func<double, string> Format)
{
    /// <summary>Categories are told by name alone; numbers are told against the portfolio average.</summary>
    public bool IsCategory { get; init; }

    /// <summary>Declared once here (and in docs/features.md); every learner's fit is made to respect it.</summary>
    public RiskDirection Direction { get; init; }

    /// <summary>What the driver can do about it when it raises their premium; empty where they cannot act.</summary>
    public string Advice { get; init; } = "";
}
