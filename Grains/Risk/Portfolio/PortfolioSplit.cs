namespace Telematics.Risk;

/// <summary>
/// The fixed training/validation split of a portfolio: the same file always yields the same validation policies,
/// so that a shipped model can be re-evaluated on exactly the data it did not see.
/// </summary>
public sealed record PortfolioSplit(IReadOnlyList<PortfolioPolicy> Training, IReadOnlyList<PortfolioPolicy> Validation)
{
    public const int Seed = 20_210_458;
    public const double ValidationShare = 0.2;

    public static PortfolioSplit Of(IReadOnlyList<PortfolioPolicy> policies)
    {
        var random = new Random(Seed);
        var inValidation = policies.Select(_ => random.NextDouble() < ValidationShare).ToArray();
        return new PortfolioSplit(
            policies.Where((_, i) => !inValidation[i]).ToList(),
            policies.Where((_, i) => inValidation[i]).ToList());
    }
}
