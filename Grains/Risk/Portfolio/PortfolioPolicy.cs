using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>One policy-period of a telematics portfolio: its rating, its driving, and the claims it made.</summary>
public sealed record PortfolioPolicy(RatingVariables Rating, DriverFeatures Driving, int Claims, double AmountPaid)
{
    public const double DaysPerYear = 365.25;

    public double ExposureYears => Driving.ExposureDays / DaysPerYear;
}
