using Telematics.Drivers;

namespace Telematics.Api.Admin;

/// <summary>Checks registrations field by field; ranges follow the actuarial portfolio the model was trained on.</summary>
public static class RegistrationValidator
{
    public static Dictionary<string, string[]> Validate(RegisterDriverRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "driverId", request.DriverId);
        Require(errors, "name", request.Name);
        if (request.Password is { Length: < 8 })
        {
            errors["password"] = ["must be at least 8 characters."];
        }

        if (request.Rating is not { } r)
        {
            errors["rating"] = ["is required."];
            return errors;
        }

        Range(errors, "rating.insuredAge", r.InsuredAge, 16, 110);
        Range(errors, "rating.carAge", r.CarAge, -2, 60);
        Range(errors, "rating.creditScore", r.CreditScore, 300, 900);
        Range(errors, "rating.annualMilesDeclared", r.AnnualMilesDeclared, 0, 200_000);
        Range(errors, "rating.yearsNoClaims", r.YearsNoClaims, 0, Math.Max(0, r.InsuredAge - 16));
        Range(errors, "rating.territory", r.Territory, 1, 999);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(RegisterVehicleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "vehicleId", request.VehicleId);
        Require(errors, "driverId", request.DriverId);
        return errors;
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
