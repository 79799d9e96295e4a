using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telematics.Drivers;

namespace Telematics.Benchmarks.Grains;

/// <summary>
/// Getting a reference to a driver grain, as every API request and grain-to-grain call does: Orleans'
/// <c>GetGrain</c> (the baseline) against <see cref="GrainFactoryExtensions.GetGrainByKey{TGrainInterface}"/>, in a
/// running Embedded silo.
/// </summary>
[MemoryDiagnoser]
public class GrainReferenceBenchmarks
{
    private readonly string[] _driverIds = [.. Enumerable.Range(0, 1_000).Select(n => $"DRV-{n:D4}")];
    private IHost _silo = null!;
    private IGrainFactory _grains = null!;
    private int _next;

    [GlobalSetup]
    public async Task StartSiloAsync()
    {
        _silo = await EmbeddedSilo.StartAsync();
        _grains = _silo.Services.GetRequiredService<IGrainFactory>();
    }

    [GlobalCleanup]
    public async Task StopSiloAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
    }

    [Benchmark(Baseline = true)]
    public IDriverGrain OrleansGetGrain() => _grains.GetGrain<IDriverGrain>(NextDriverId());

    [Benchmark]
    public IDriverGrain GetGrainByKey() => _grains.GetGrainByKey<IDriverGrain>(NextDriverId());

    private string NextDriverId() => _driverIds[_next++ % _driverIds.Length];
}
