using Telematics.Devices;
using Telematics.Drivers;
using Telematics.Ids;

namespace Telematics.Api.Admin;

/// <summary>Checks registrations field by field; ranges follow the actuarial portfolio the model was trained on.</summary>
public static class RegistrationValidator
{
    public static Dictionary<string, string[]> Validate(RegisterDriverRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Id(errors, "driverId", request.DriverId);
        Require(errors, "name", request.Name);
        if (request.Password is { Length: < 8 })
        {
            errors["password"] = ["must be at least 8 characters."];
        }

        // HasIanaId: a Windows zone name is found too on Linux, but the field is an IANA id.
        if (request.TimeZoneId is { } zone && !(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId))
        {
            errors["timeZoneId"] = [$"'{zone}' is not a known IANA time zone."];
        }

        if (request.Rating is not { } r)
        {
            errors["rating"] = ["is required."];
            return errors;
        }

        Rating(errors, r);
        return errors;
    }

    /// <summary>The rating variables' ranges, each error named <c>rating.field</c>; a profile update checks them too.</summary>
    public static void Rating(Dictionary<string, string[]> errors, RatingVariables r)
    {
        Range(errors, "rating.insuredAge", r.InsuredAge, 16, 110);
        Range(errors, "rating.carAge", r.CarAge, -2, 60);
        Range(errors, "rating.creditScore", r.CreditScore, 300, 900);
        Range(errors, "rating.annualMilesDeclared", r.AnnualMilesDeclared, 0, 200_000);
        Range(errors, "rating.yearsNoClaims", r.YearsNoClaims, 0, Math.Max(0, r.InsuredAge - 16));
        Range(errors, "rating.territory", r.Territory, 1, 999);
    }

    public static Dictionary<string, string[]> Validate(RegisterVehicleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Id(errors, "vehicleId", request.VehicleId);
        Id(errors, "driverId", request.DriverId);
        return errors;
    }

    /// <summary>The parsed protocol comes back with the errors, so the endpoint does not parse it a second time.</summary>
    public static (DeviceProtocol Protocol, Dictionary<string, string[]> Errors) Validate(RegisterDeviceRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Id(errors, "vehicleId", request.VehicleId);
        Id(errors, "deviceId", request.DeviceId);

        if (!Enum.TryParse<DeviceProtocol>(request.Protocol, ignoreCase: true, out var protocol) || !Enum.IsDefined(protocol))
        {
            errors["protocol"] = [$"must be one of: {string.Join(", ", Enum.GetNames<DeviceProtocol>().Select(n => n.ToLowerInvariant()))}."];
        }

        if (request.KeyRequired && protocol != DeviceProtocol.OsmAnd)
        {
            errors["keyRequired"] = ["applies to OsmAnd devices only: a Teltonika device is known by its IMEI on its port, and the batch API always needs the key."];
        }

        return (protocol, errors);
    }

    private static void Id(Dictionary<string, string[]> errors, string field, string? value)
    {
        Require(errors, field, value);
        if (!errors.ContainsKey(field) && !EntityId.IsValid(value))
        {
            errors[field] = [EntityId.Rule];
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["is required."];
        }
    }

    private static void Range(Dictionary<string, string[]> errors, string field, double value, double min, double max)
    {
        if (value < min || value > max)
        {
            errors[field] = [$"must be between {min} and {max}; was {value}."];
        }
    }
}
