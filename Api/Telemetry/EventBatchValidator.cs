using Telematics.Devices;
using Telematics.Ids;
using Telematics.Telemetry;

namespace Telematics.Api.Telemetry;

/// <summary>
/// Checks a whole batch before any of it is stored, collecting every problem under its JSON path
/// (<c>events[3].latitude</c>) so a device learns all that is wrong in one answer.
/// </summary>
public static class EventBatchValidator
{
    private static readonly DateTimeOffset EarliestTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const double MaxSpeedMps = 100;
    private const double MaxAccelerationMps2 = 50;

    /// <summary>
    /// An event without accelerations comes from a feed without an accelerometer (as OsmAnd's): its accelerations are
    /// derived from speed and heading, not read as zero.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> WithoutAccelerometer =
        new Dictionary<string, string> { [DeviceAttributes.Accelerometer] = "false" };

    public static (string VehicleId, List<TelematicsEvent> Events, Dictionary<string, string[]> Errors) Validate(
        EventBatchRequest request, DateTimeOffset now, IngestionOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        var events = new List<TelematicsEvent>(request.Events?.Count ?? 0);

        if (string.IsNullOrWhiteSpace(request.VehicleId))
        {
            errors["vehicleId"] = ["is required."];
        }
        else if (!EntityId.IsValid(request.VehicleId))
        {
            errors["vehicleId"] = [EntityId.Rule];
        }

        if (request.Events is null || request.Events.Count == 0)
        {
            errors["events"] = ["must hold at least one event."];
        }
        else if (request.Events.Count > options.MaxBatchSize)
        {
            errors["events"] = [$"holds {request.Events.Count} events; the most a batch may hold is {options.MaxBatchSize}."];
        }
        else
        {
            for (var i = 0; i < request.Events.Count; i++)
            {
                var e = ValidateEvent(request.Events[i], $"events[{i}]", now, options.MaxClockSkew, errors);
                if (e is not null)
                {
                    events.Add(e);
                }
            }
        }

        return (request.VehicleId ?? "", events, errors);
    }

    private static TelematicsEvent? ValidateEvent(EventDto? dto, string path, DateTimeOffset now, TimeSpan maxClockSkew, Dictionary<string, string[]> errors)
    {
        if (dto is null)
        {
            errors[path] = ["must be an event object."];
            return null;
        }

        var before = errors.Count;
        if (dto.EventId is not null && !EntityId.IsValid(dto.EventId))
        {
            errors[$"{path}.eventId"] = [EntityId.Rule];
        }

        var timestamp = Required(dto.Timestamp, "timestamp");
        if (timestamp > now + maxClockSkew)
        {
            errors[$"{path}.timestamp"] = [$"is in the future ({timestamp:O}); a device clock may run at most {maxClockSkew.TotalMinutes} minutes ahead of the server's."];
        }
        else if (timestamp < EarliestTimestamp)
        {
            errors[$"{path}.timestamp"] = [$"is before {EarliestTimestamp:yyyy-MM-dd}."];
        }

        var latitude = InRange(dto.Latitude, "latitude", -90, 90);
        var longitude = InRange(dto.Longitude, "longitude", -180, 180);
        var speed = InRange(dto.SpeedMps, "speedMps", 0, MaxSpeedMps);
        var heading = InRange(dto.HeadingDeg, "headingDeg", 0, 360);
        var accelerometer = dto.AccelLongMps2 is not null || dto.AccelLatMps2 is not null;
        var accelLong = accelerometer ? InRange(dto.AccelLongMps2, "accelLongMps2", -MaxAccelerationMps2, MaxAccelerationMps2) : 0;
        var accelLat = accelerometer ? InRange(dto.AccelLatMps2, "accelLatMps2", -MaxAccelerationMps2, MaxAccelerationMps2) : 0;
        if (dto.AccuracyM is { } accuracy && !(double.IsFinite(accuracy) && accuracy >= 0))
        {
            errors[$"{path}.accuracyM"] = ["must be a finite number, not negative."];
        }

        if (dto.SpeedLimitMps is { } limit && !(limit > 0 && limit <= MaxSpeedMps))
        {
            errors[$"{path}.speedLimitMps"] = [$"must be above 0 and at most {MaxSpeedMps}."];
        }

        return errors.Count > before
            ? null
            : new TelematicsEvent(ToMicroseconds(timestamp), latitude, longitude, speed, heading % 360, accelLong, accelLat,
                dto.AccuracyM, dto.Ignition, dto.EventId, dto.SpeedLimitMps, dto.PhoneInUse, accelerometer ? null : WithoutAccelerometer);

        T Required<T>(T? value, string field) where T : struct
        {
            if (value is null)
            {
                errors[$"{path}.{field}"] = ["is required."];
            }

            return value ?? default;
        }

        double InRange(double? value, string field, double min, double max)
        {
            var v = Required(value, field);
            // Written so that NaN fails it: every comparison with NaN is false.
            if (value is not null && !(v >= min && v <= max))
            {
                errors[$"{path}.{field}"] = [$"must be between {min} and {max}; was {v}."];
            }

            return v;
        }
    }

    /// <summary>UTC, to the microsecond: the archive stores no finer, and a resent event must match its stored twin.</summary>
    private static DateTimeOffset ToMicroseconds(DateTimeOffset timestamp) =>
        new(timestamp.UtcTicks - timestamp.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000), TimeSpan.Zero);
}
