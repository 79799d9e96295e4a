using BenchmarkDotNet.Attributes;
using Telematics.Pricing;
using Telematics.Risk;

namespace Telematics.Benchmarks.Risk;

/// <summary>
/// Scoring a driver with the shipped model, per score: with driving data, with the explanation, and pricing;
/// the baseline is the classical-only score of the same drivers. Drivers are the first policies of the portfolio file.
/// </summary>
[MemoryDiagnoser]
public class RiskScoringBenchmarks
{
    private const int Drivers = 1_000;
    private PortfolioPolicy[] _policies = [];
    private ClaimFrequencyRiskModel _model = null!;
    private RiskAssessment[] _assessments = [];
    private readonly PricingOptions _pricing = new();

    [GlobalSetup]
    public void Setup()
    {
        _policies = [.. PortfolioCsvReader.Read(RepositoryFiles.Find("data/portfolio/train.csv.gz")).Take(Drivers)];
        _model = new ModelRegistry(new RiskModelOptions()).Current;
        _assessments = [.. _policies.Select(p => _model.Assess(p.Rating, p.Driving))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Drivers)]
    public double ClassicalOnly()
    {
        var sum = 0.0;
        foreach (var p in _policies)
        {
            sum += _model.Assess(p.Rating, null).ClassicalFrequency;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Drivers)]
    public double WithDrivingData()
    {
        var sum = 0.0;
        foreach (var p in _policies)
        {
            sum += _model.Assess(p.Rating, p.Driving).TelematicsFrequency;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Drivers)]
    public int WithExplanation()
    {
        var factors = 0;
        foreach (var p in _policies)
        {
            factors += _model.Explain(p.Rating, p.Driving, 5).Raising.Length;
        }

        return factors;
    }

    [Benchmark(OperationsPerInvoke = Drivers)]
    public decimal Pricing()
    {
        var sum = 0m;
        var now = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < _assessments.Length; i++)
        {
            sum += PremiumCalculator.Calculate(_assessments[i], _policies[i].Driving.TotalMilesDriven, _pricing, now).TelematicsPremium;
        }

        return sum;
    }
}
