using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// A running trip's events, unique by fix time, in fixed-size chunks of <see cref="TelemetryFix"/>.
/// </summary>
/// <remarks>
/// Chunks stay below the large-object threshold and are never copied to grow; with no references inside them a
/// collection moves a trip's events as a few blocks of bytes instead of tracing each one, which kept ingestion's
/// latency tail down when every live trip held its events as objects.
/// </remarks>
public sealed class TripEventBuffer
{
    private const int ChunkSize = 512;
    private readonly List<TelemetryFix[]> _chunks = [];
    private readonly HashSet<long> _times = [];
    private long _latestTicks = long.MinValue;
    private bool? _latestIgnition;

    public int Count => _times.Count;

    /// <summary>Whether the latest fix by time reported the ignition off.</summary>
    public bool EndsWithIgnitionOff => _latestIgnition == false;

    public bool Contains(DateTimeOffset fixTime) => _times.Contains(fixTime.UtcTicks);

    /// <summary>Adds the event unless one with its fix time is held already.</summary>
    public bool TryAdd(TelematicsEvent e)
    {
        var fix = TelemetryFix.From(e);
        if (!_times.Add(fix.UtcTicks))
        {
            return false;
        }

        var slot = (_times.Count - 1) % ChunkSize;
        if (slot == 0)
        {
            _chunks.Add(new TelemetryFix[ChunkSize]);
        }

        _chunks[^1][slot] = fix;
        if (fix.UtcTicks > _latestTicks)
        {
            _latestTicks = fix.UtcTicks;
            _latestIgnition = fix.Ignition;
        }

        return true;
    }

    /// <summary>The held fixes in the order they arrived.</summary>
    public IEnumerable<TelemetryFix> Fixes()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i / ChunkSize][i % ChunkSize];
        }
    }

    public void Clear()
    {
        _chunks.Clear();
        _times.Clear();
        _times.TrimExcess();
        _latestTicks = long.MinValue;
        _latestIgnition = null;
    }
}
