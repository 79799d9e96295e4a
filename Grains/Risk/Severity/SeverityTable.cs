using System.Collections.Immutable;
using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// Expected cost of one claim by car use and region. Claims are few (≈ 4% of policies claim), so each segment's mean is
/// blended with the portfolio mean by Bühlmann-style credibility Z = n / (n + <see cref="CredibilityClaims"/>).
/// Claims closed without payment count with amount 0: premium is expected claims × this mean.
/// </summary>
public sealed record SeverityTable(double OverallMean, double CredibilityClaims, ImmutableArray<SeverityCell> Cells)
{
    public const double DefaultCredibilityClaims = 200;

    public double For(RatingVariables rating) =>
        Cells.FirstOrDefault(c => c.CarUse == rating.CarUse && c.Region == rating.Region)?.MeanSeverity ?? OverallMean;

    public static SeverityTable Fit(IReadOnlyCollection<PortfolioPolicy> policies, double credibilityClaims = DefaultCredibilityClaims)
    {
        var overall = policies.Sum(p => p.AmountPaid) / policies.Sum(p => p.Claims);
        var cells = policies
            .GroupBy(p => (p.Rating.CarUse, p.Rating.Region))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var claims = g.Sum(p => p.Claims);
                var credibility = claims / (claims + credibilityClaims);
                var mean = claims > 0 ? g.Sum(p => p.AmountPaid) / claims : overall;
                return new SeverityCell(g.Key.CarUse, g.Key.Region, claims, credibility * mean + (1 - credibility) * overall);
            });
        return new SeverityTable(overall, credibilityClaims, [.. cells]);
    }
}
