namespace Telematics.Risk;

/// <summary>Which way a variable may move expected claim frequency, as the domain (not the data) says.</summary>
public enum RiskDirection
{
    /// <summary>The data decide the shape.</summary>
    Free,

    /// <summary>More of it never lowers expected frequency: training enforces a non-decreasing effect.</summary>
    Increasing,
}
