using System.Diagnostics;
using OpenTelemetry;

namespace Telematics.Silo.Observability;

/// <summary>
/// The node's last finished spans, kept in a ring so a person without a trace collector (the Embedded run) can still
/// follow a request through the grains; with a collector it is a quick look that needs no query language.
/// </summary>
public sealed class RecentSpans(int capacity) : BaseProcessor<Activity>
{
    private readonly SpanRecord[] _ring = new SpanRecord[Math.Max(0, capacity)];
    private readonly Lock _lock = new();
    private long _written;

    public override void OnEnd(Activity span)
    {
        if (_ring.Length == 0)
        {
            return;
        }

        var record = SpanRecord.Of(span);
        lock (_lock)
        {
            _ring[_written++ % _ring.Length] = record;
        }
    }

    /// <summary>The traces the kept spans belong to, the most recently finished first, each with its spans in start order.</summary>
    public IReadOnlyList<TraceRecord> Traces(int limit, string? containing = null)
    {
        SpanRecord[] spans;
        lock (_lock)
        {
            var count = (int)Math.Min(_written, _ring.Length);
            spans = new SpanRecord[count];
            for (var i = 0; i < count; i++)
            {
                spans[i] = _ring[(_written - count + i) % _ring.Length];
            }
        }

        return spans
            .GroupBy(s => s.TraceId)
            .Select(TraceRecord.Of)
            .Where(t => containing is null || t.Spans.Any(s => s.Name.Contains(containing, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(t => t.EndedAt)
            .Take(limit)
            .ToList();
    }
}

/// <param name="Links">Spans this one serves besides its parent: a group commit links to every append it carries.</param>
public sealed record SpanRecord(
    string TraceId, string SpanId, string? ParentSpanId, string Source, string Name, string Kind,
    DateTimeOffset StartedAt, double DurationMs, string Status, IReadOnlyDictionary<string, string?> Tags, IReadOnlyList<string> Links)
{
    public static SpanRecord Of(Activity span) => new(
        span.TraceId.ToHexString(),
        span.SpanId.ToHexString(),
        span.ParentSpanId == default ? null : span.ParentSpanId.ToHexString(),
        span.Source.Name,
        span.DisplayName,
        span.Kind.ToString(),
        span.StartTimeUtc,
        span.Duration.TotalMilliseconds,
        span.Status.ToString(),
        span.Tags.ToDictionary(t => t.Key, t => t.Value),
        [.. span.Links.Select(l => l.Context.SpanId.ToHexString())]);
}

public sealed record TraceRecord(string TraceId, string RootName, DateTimeOffset StartedAt, DateTimeOffset EndedAt, IReadOnlyList<SpanRecord> Spans)
{
    public static TraceRecord Of(IGrouping<string, SpanRecord> spans)
    {
        var ordered = spans.OrderBy(s => s.StartedAt).ToList();
        var ids = ordered.Select(s => s.SpanId).ToHashSet();
        var root = ordered.FirstOrDefault(s => s.ParentSpanId is null || !ids.Contains(s.ParentSpanId)) ?? ordered[0];
        return new TraceRecord(spans.Key, root.Name, ordered[0].StartedAt, ordered.Max(s => s.StartedAt.AddMilliseconds(s.DurationMs)), ordered);
    }
}
