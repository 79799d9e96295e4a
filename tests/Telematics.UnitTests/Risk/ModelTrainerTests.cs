using System.IO.Compression;
using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class ModelTrainerTests : IDisposable
{
    private const int Policies = 4_000;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("telematics-training-").FullName;

    [Fact]
    public void Training_writes_a_version_that_loads_and_records_its_data()
    {
        var data = Path.Combine(_directory, "sample.csv");
        File.WriteAllLines(data, FirstLines(ShippedModelFixture.PortfolioPath, Policies + 1));

        var manifest = ModelTrainer.Train(data, Path.Combine(_directory, "models"), Now, _ => { });

        Assert.StartsWith("20260601-0930-", manifest.Version);
        Assert.Equal(ModelTrainer.Sha256(data), manifest.DataSha256);
        Assert.Equal(Policies, manifest.TrainingPolicies + manifest.ValidationPolicies);
        Assert.Equal(Policies, manifest.FinalFitPolicies);
        Assert.Equal(10, manifest.Candidates.Length);
        Assert.All(manifest.Candidates, c => Assert.Equal(manifest.TrainingPolicies, c.CrossValidation.Policies));
        Assert.All(manifest.Candidates, c => Assert.Equal(manifest.TrainingPolicies, c.UnconstrainedCrossValidation!.Policies));
        Assert.Contains(manifest.Candidates, c => c.Learner == TweedieBoostingLearner.PairwiseName);
        var model = ModelLoader.Load(Path.Combine(_directory, "models", manifest.Version));
        Assert.Equal(manifest.Version, model.Version);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IEnumerable<string> FirstLines(string gzipPath, int count)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress));
        for (var i = 0; i < count && reader.ReadLine() is { } line; i++)
        {
            yield return line;
        }
    }
}
