using System.Buffers;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// A running trip's events, unique by fix time, in fixed-size chunks of <see cref="TelemetryFix"/>.
/// </summary>
/// <remarks>
/// Chunks stay below the large-object threshold and are never copied to grow; with no references inside them a
/// collection moves a trip's events as a few blocks of bytes instead of tracing each one, which kept ingestion's
/// latency tail down when every live trip held its events as objects. A finished trip returns its chunks to a pool
/// and the next trips take them: a chunk that lives as long as a trip otherwise survives young collections and is
/// copied into the older generations, megabytes a second under full load.
/// </remarks>
public sealed class TripEventBuffer
{
    private const int ChunkSize = 512;
    private readonly List<TelemetryFix[]> _chunks = [];
    private readonly HashSet<long> _times = [];
    private long _latestTicks = long.MinValue;
    private bool? _latestIgnition;
    private int _duplicates;

    public int Count => _times.Count;

    /// <summary>Events offered with a fix time already held: resends, and repeats inside one delivery.</summary>
    public int DuplicateCount => _duplicates;

    /// <summary>The latest fix time held; undefined while the buffer is empty.</summary>
    public DateTimeOffset LatestFixTime => new(_latestTicks, TimeSpan.Zero);

    /// <summary>Whether the latest fix by time reported the ignition off.</summary>
    public bool EndsWithIgnitionOff => _latestIgnition == false;

    public bool Contains(DateTimeOffset fixTime) => _times.Contains(fixTime.UtcTicks);

    /// <summary>Adds the event unless one with its fix time is held already, which counts it as a duplicate.</summary>
    public bool TryAdd(TelematicsEvent e)
    {
        var fix = TelemetryFix.From(e);
        if (!_times.Add(fix.UtcTicks))
        {
            _duplicates++;
            return false;
        }

        var slot = (_times.Count - 1) % ChunkSize;
        if (slot == 0)
        {
            _chunks.Add(ArrayPool<TelemetryFix>.Shared.Rent(ChunkSize));
        }

        _chunks[^1][slot] = fix;
        if (fix.UtcTicks > _latestTicks)
        {
            _latestTicks = fix.UtcTicks;
            _latestIgnition = fix.Ignition;
        }

        return true;
    }

    /// <summary>
    /// Cleans the held fixes in time order. They are sorted in a pooled array: a trip of a thousand fixes no longer
    /// allocates a large object for its ordering at every trip end.
    /// </summary>
    public CleanedTelemetry Clean(TelemetryCleaningOptions options)
    {
        var ordered = ArrayPool<TelemetryFix>.Shared.Rent(Count);
        try
        {
            for (var c = 0; c < _chunks.Count; c++)
            {
                var length = Math.Min(ChunkSize, Count - c * ChunkSize);
                _chunks[c].AsSpan(0, length).CopyTo(ordered.AsSpan(c * ChunkSize));
            }

            // Fix times are unique here, so an unstable sort gives the one order there is.
            var fixes = ordered.AsSpan(0, Count);
            fixes.Sort(static (a, b) => a.UtcTicks.CompareTo(b.UtcTicks));
            return TelemetryCleaner.CleanOrdered(fixes, _duplicates, options);
        }
        finally
        {
            ArrayPool<TelemetryFix>.Shared.Return(ordered);
        }
    }

    /// <summary>Empties the buffer and hands its chunks back to the pool; a buffer that is never cleared leaves them to the GC.</summary>
    public void Clear()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<TelemetryFix>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _times.Clear();
        _times.TrimExcess();
        _latestTicks = long.MinValue;
        _latestIgnition = null;
        _duplicates = 0;
    }
}
