using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

/// <summary>The model version shipped in models/ (copied beside the tests) and the portfolio it was trained on, read once.</summary>
public sealed class ShippedModelFixture
{
    public ShippedModelFixture()
    {
        Registry = new ModelRegistry(new RiskModelOptions());
        Split = PortfolioSplit.Of(PortfolioCsvReader.Read(PortfolioPath));
    }

    public static string PortfolioPath { get; } = FindUpwards(Path.Combine("data", "portfolio", "train.csv.gz"));

    public ModelRegistry Registry { get; }

    public ClaimFrequencyRiskModel Model => Registry.Current;

    public PortfolioSplit Split { get; }

    public static string ShippedVersionDirectory => Path.Combine(AppContext.BaseDirectory, "models", new ModelRegistry(new RiskModelOptions()).Current.Version);

    private static string FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
