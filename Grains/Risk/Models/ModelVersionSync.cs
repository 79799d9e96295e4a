using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Telematics.Risk;

/// <summary>
/// Keeps this silo's <see cref="ModelRegistry"/> on the cluster's chosen version (<see cref="ICurrentModelGrain"/>),
/// read every <see cref="RiskModelOptions.SyncInterval"/> while the silo is active. Polling rather than a broadcast:
/// a silo that joins late, or missed a message while it was busy, converges on its next read all the same.
/// </summary>
public sealed partial class ModelVersionSync(
    IGrainFactory grains, ModelRegistry models, IOptions<RiskModelOptions> options, TimeProvider time, ILogger<ModelVersionSync> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private string? _missingVersion;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(ModelVersionSync),
        ServiceLifecycleStage.Active,
        _ =>
        {
            _loop = Task.Run(() => RunAsync(_stopping.Token));
            return Task.CompletedTask;
        },
        async _ =>
        {
            await _stopping.CancelAsync();
            await _loop;
        });

    /// <summary>Reads the cluster's version once and switches to it if this node has it; true when it switched.</summary>
    public async Task<bool> SyncOnceAsync()
    {
        var chosen = await grains.GetGrain<ICurrentModelGrain>(ICurrentModelGrain.Key).GetAsync();
        if (chosen is null || chosen == models.Current.Version)
        {
            return false;
        }

        if (!models.TryGet(chosen, out _))
        {
            if (_missingVersion != chosen)
            {
                _missingVersion = chosen;
                LogMissingVersion(chosen, models.Current.Version);
            }

            return false;
        }

        models.SetCurrent(chosen);
        LogSwitched(chosen);
        return true;
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        do
        {
            try
            {
                await SyncOnceAsync();
            }
            catch (Exception error) when (!stopping.IsCancellationRequested)
            {
                // A storage hiccup or a silo leaving: the next tick reads again.
                LogReadFailed(error);
            }
        }
        while (await WaitAsync(timer, stopping));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(LogLevel.Information, "Scoring with model version {Version}, the cluster's choice")]
    private partial void LogSwitched(string version);

    [LoggerMessage(LogLevel.Warning, "The cluster scores with model version {Version}, which this node does not have; it keeps {Current} until the version is deployed here")]
    private partial void LogMissingVersion(string version, string current);

    [LoggerMessage(LogLevel.Warning, "Could not read the cluster's model version")]
    private partial void LogReadFailed(Exception error);
}
