using System.Runtime.InteropServices;
using Telematics.Geo;

namespace Telematics.Telemetry;

/// <summary>
/// Turns a trip's raw events, as devices deliver them, into samples fit for feature extraction.
/// </summary>
/// <remarks>
/// Rules, in order (defaults in <see cref="TelemetryCleaningOptions"/>):
/// <list type="number">
/// <item>Order by fix time: devices flush backlogs in either order and batches interleave.</item>
/// <item>De-duplicate by fix time: a trip belongs to one vehicle, and a device resends records it saw no ACK
/// for. The earliest delivered of equal timestamps is kept, so the result does not depend on batch order
/// as long as a resend repeats the record.</item>
/// <item>Reject the position of a fix with impossible coordinates (out of range, NaN, exactly 0,0) or with an
/// accuracy worse than <see cref="TelemetryCleaningOptions.MaxAccuracyM"/> or not finite.</item>
/// <item>Read a non-finite speed or acceleration as zero and a non-finite speed limit as none. The API refuses them,
/// but an event stored before it did, or taken from a device port, must not turn a trip's features (and every read
/// of them) into NaN; the sample keeps its time, so the trip keeps its shape.</item>
/// <item>Reject the position of a GPS jump: a fix that implies more than
/// <see cref="TelemetryCleaningOptions.MaxImpliedSpeedMps"/> from the last accepted position. Before any
/// position is accepted there is nothing to compare with, so the first candidate must agree with the next
/// plausible fix instead; otherwise one bad first fix would reject the whole trip.</item>
/// <item>Replace a speed reading that implies an impossible acceleration (<see cref="SpeedSpikeFilter"/>).</item>
/// </list>
/// A rejected position keeps its sample: speed, accelerations and phone state stay valid readings, and
/// dropping them would turn a lost fix into a gap.
/// </remarks>
public static class TelemetryCleaner
{
    public static CleanedTelemetry Clean(IEnumerable<TelematicsEvent> events, TelemetryCleaningOptions options)
    {
        var unique = OrderedUniqueByTime(events.Select(TelemetryFix.From), out var duplicates);
        return CleanOrdered(CollectionsMarshal.AsSpan(unique), duplicates, options);
    }

    /// <summary>Cleans fixes already in time order and unique in time, as a running trip holds them.</summary>
    public static CleanedTelemetry CleanOrdered(ReadOnlySpan<TelemetryFix> unique, int duplicates, TelemetryCleaningOptions options)
    {
        var samples = new TelemetrySample[unique.Length];
        var anchor = -1;
        var rejected = 0;
        for (var i = 0; i < unique.Length; i++)
        {
            var accepted = IsPlausible(unique[i], options)
                && (anchor >= 0 ? !IsJump(unique[anchor], unique[i], options) : !JumpsToNextPlausible(unique, i, options));
            if (accepted)
            {
                anchor = i;
            }
            else
            {
                rejected++;
            }

            samples[i] = ToSample(unique[i], accepted);
        }

        var spikes = SpeedSpikeFilter.Apply(samples, options);
        return new CleanedTelemetry(samples, duplicates, rejected, spikes);
    }

    private static List<TelemetryFix> OrderedUniqueByTime(IEnumerable<TelemetryFix> events, out int duplicates)
    {
        // OrderBy is stable, which is what makes "the earliest delivered wins" hold.
        var unique = new List<TelemetryFix>();
        duplicates = 0;
        foreach (var e in events.OrderBy(e => e.UtcTicks))
        {
            if (unique.Count > 0 && unique[^1].UtcTicks == e.UtcTicks)
            {
                duplicates++;
            }
            else
            {
                unique.Add(e);
            }
        }

        return unique;
    }

    private static bool IsPlausible(in TelemetryFix e, TelemetryCleaningOptions options) =>
        GeoMath.IsCoordinate(e.Latitude, e.Longitude)
        && (e.Latitude, e.Longitude) != (0, 0)
        && (e.AccuracyM is not { } accuracy || (double.IsFinite(accuracy) && accuracy <= options.MaxAccuracyM));

    private static bool IsJump(in TelemetryFix from, in TelemetryFix to, TelemetryCleaningOptions options)
    {
        var seconds = TimeSpan.FromTicks(to.UtcTicks - from.UtcTicks).TotalSeconds;
        var metres = GeoMath.HaversineM(from.Latitude, from.Longitude, to.Latitude, to.Longitude);
        return metres > options.MaxImpliedSpeedMps * seconds;
    }

    private static bool JumpsToNextPlausible(ReadOnlySpan<TelemetryFix> ordered, int index, TelemetryCleaningOptions options)
    {
        for (var next = index + 1; next < ordered.Length; next++)
        {
            if (IsPlausible(ordered[next], options))
            {
                return IsJump(ordered[index], ordered[next], options);
            }
        }

        return false;
    }

    private static TelemetrySample ToSample(in TelemetryFix e, bool hasPosition) => new(
        e.UtcTicks,
        e.Latitude,
        e.Longitude,
        hasPosition,
        FiniteOrZero(e.SpeedMps),
        e.HasAccelerometer ? FiniteOrZero(e.AccelLongMps2) : 0,
        e.HasAccelerometer ? FiniteOrZero(e.AccelLatMps2) : 0,
        e.SpeedLimitMps is { } limit && double.IsFinite(limit) ? limit : null,
        e.PhoneInUse,
        FiniteOrZero(e.HeadingDeg),
        e.HasAccelerometer,
        e.DeviceHarsh,
        FiniteOrZero(e.DeviceHarshMps2));

    private static double FiniteOrZero(double reading) => double.IsFinite(reading) ? reading : 0;
}
