using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>The expected cost of one claim for one segment, and the claims it was learned from.</summary>
public sealed record SeverityCell(CarUse CarUse, Region Region, int Claims, double MeanSeverity);
