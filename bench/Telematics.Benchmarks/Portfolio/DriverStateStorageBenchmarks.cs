using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Pricing;
using Telematics.Rescoring;
using Telematics.Risk;
using Telematics.Silo.Storage;

namespace Telematics.Benchmarks.Portfolio;

/// <summary>
/// What a rescoring costs a driver with a year of history, besides the grain call: reading its state back from storage
/// (an activation), aggregating the window's periods, and writing the state (Orleans' binary format, as both storage
/// modes store it). Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- --filter *DriverStateStorage*</c>.
/// </summary>
[MemoryDiagnoser]
public class DriverStateStorageBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    private PooledGrainStorageSerializer _serializer = null!;
    private DriverState _state = null!;
    private BinaryData _stored = null!;
    private DriverState _read = null!;
    private FeatureWindow _window;

    [GlobalSetup]
    public void Setup()
    {
        _serializer = new PooledGrainStorageSerializer(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());
        var options = new DriverOptions();
        var policyStart = Now.AddDays(-400);
        var year = YearOfDriving.Of(1, "VEH-0000001", Now, Toronto, 32);
        _window = FeatureWindow.Of(policyStart, Now, options.FeatureWindow, Toronto);
        year.History.DropBefore(_window);
        var score = new RiskScore(0.0812345, 41.25, RiskCategory.Moderate, "glm-2026.11-portfolio", Now, 0.9734, false, 9_876.5);
        var premium = new PremiumQuote(1_234.56m, 1_111.11m, 0.1, "Driving data shows 10 % fewer expected claims than the rating factors alone.", score.ModelVersion, Now);
        _state = new DriverState
        {
            Registration = new DriverRegistration("Driver 0000001", new RatingVariables(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 720, Region.Urban, 12_000, 15, 35), policyStart),
            History = year.History,
            RecentTripIds = year.RecentTripIds,
            Score = score,
            Premium = premium,
            Features = DriverFeatureAggregator.Aggregate(year.History, _window),
            Scores = new RecentScores([.. Enumerable.Range(0, options.ScoreHistoryKept).Select(k => score with { CalculatedAt = Now.AddHours(-8 * k), Score = 40 + k * 0.37 })]),
            LastRescore = new RescoreOutcome("job-2026-12-01", score, premium, new DriverUpdated("DRV-0000001", "Driver 0000001", 1095, 9_876.5, score, premium, Now)),
        };
        _stored = _serializer.Serialize(_state);
        _read = _serializer.Deserialize<DriverState>(_stored)!;
        Console.WriteLine($"// stored state: {_stored.ToMemory().Length} bytes, {_state.History.Periods.Count} periods");
    }

    /// <summary>A state built in memory: its periods and scores are packed on the way.</summary>
    [Benchmark]
    public BinaryData Write() => _serializer.Serialize(_state);

    /// <summary>A state as read from storage, as a rescore writes it: its periods and scores go out as they came in.</summary>
    [Benchmark]
    public BinaryData WriteAsRead() => _serializer.Serialize(_read);

    [Benchmark]
    public DriverState? Read() => _serializer.Deserialize<DriverState>(_stored);

    [Benchmark]
    public DriverFeatures Aggregate() => DriverFeatureAggregator.Aggregate(_state.History, _window);

    /// <summary>The features of a state as read from storage: summed from its packed periods.</summary>
    [Benchmark]
    public DriverFeatures AggregateAsRead() => DriverFeatureAggregator.Aggregate(_read.History, _window);
}
