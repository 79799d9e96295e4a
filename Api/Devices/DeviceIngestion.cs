using Microsoft.Extensions.Options;
using Telematics.Api.Telemetry;
using Telematics.Devices;
using Telematics.Telemetry;
using Telematics.Vehicles;

namespace Telematics.Api.Devices;

/// <summary>
/// The common end of every device protocol: validates decoded events by the same rules as the HTTP batch path, drops
/// and counts the ones that fail, and hands the rest to the vehicle grain.
/// </summary>
/// <remarks>
/// Unlike the HTTP path, one bad record does not refuse the packet: a device cannot correct a record it already sent
/// and would resend the packet forever, so the bad record is dropped and the rest is stored and acknowledged.
/// </remarks>
public sealed class DeviceIngestion(IGrainFactory grains, TimeProvider time, IOptions<IngestionOptions> options, DeviceMetrics metrics, DeviceContacts contacts)
{
    /// <summary>Returns once the vehicle grain has accepted the events — durably archived, in Postgres mode.</summary>
    /// <param name="events">Null for a record that had no position; it is dropped and counted like an invalid one.</param>
    /// <exception cref="VehicleNotRegisteredException">The device's vehicle lost its registration.</exception>
    public async Task<DeviceIngestResult> RecordAsync(string deviceId, string vehicleId, DeviceProtocol protocol, IReadOnlyList<TelematicsEvent?> events)
    {
        contacts.Heard(deviceId);
        var valid = Validate(vehicleId, [.. events.OfType<TelematicsEvent>()]);
        var dropped = events.Count - valid.Count;
        if (dropped > 0)
        {
            metrics.RecordsDropped(protocol, dropped);
        }

        if (valid.Count == 0)
        {
            return new DeviceIngestResult(0, 0, dropped);
        }

        var result = await grains.GetGrainByKey<IVehicleGrain>(vehicleId).RecordEventsAsync(valid);
        metrics.RecordsAccepted(protocol, valid.Count);
        return new DeviceIngestResult(result.Accepted, result.Duplicates, dropped);
    }

    /// <summary>
    /// One validator call for the whole packet in the usual case that all is well; event by event only when something
    /// failed, to find which. The validator's events lack the attributes, so they are carried over by position.
    /// </summary>
    private List<TelematicsEvent> Validate(string vehicleId, IReadOnlyList<TelematicsEvent> events)
    {
        var now = time.GetUtcNow();
        var (_, all, errors) = EventBatchValidator.Validate(new EventBatchRequest(vehicleId, [.. events.Select(ToDto)]), now, options.Value);
        if (errors.Count == 0)
        {
            return [.. all.Select((e, i) => e with { Attributes = events[i].Attributes })];
        }

        return [.. events.SelectMany(e => EventBatchValidator.Validate(new EventBatchRequest(vehicleId, [ToDto(e)]), now, options.Value).Events
            .Select(valid => valid with { Attributes = e.Attributes }))];
    }

    private static EventDto ToDto(TelematicsEvent e) => new()
    {
        EventId = e.EventId, Timestamp = e.Timestamp, Latitude = e.Latitude, Longitude = e.Longitude, SpeedMps = e.SpeedMps,
        HeadingDeg = e.HeadingDeg, AccelLongMps2 = e.AccelLongMps2, AccelLatMps2 = e.AccelLatMps2, AccuracyM = e.AccuracyM,
        Ignition = e.Ignition, SpeedLimitMps = e.SpeedLimitMps, PhoneInUse = e.PhoneInUse,
    };
}
