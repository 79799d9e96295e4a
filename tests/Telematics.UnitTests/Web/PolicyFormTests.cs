using Telematics.Api.Web.Services;

namespace Telematics.UnitTests.Web;

public sealed class PolicyFormTests
{
    [Fact]
    public void The_fields_become_the_apis_request_with_blanks_left_to_its_defaults()
    {
        var request = new PolicyForm { Number = " POL-1 ", DriverId = "", Vehicles = "VEH-1, VEH-2;VEH-3  VEH-4" }.ToRequest();

        Assert.Equal("POL-1", request.Number);
        Assert.Null(request.DriverId);
        Assert.Equal(["VEH-1", "VEH-2", "VEH-3", "VEH-4"], request.VehicleIds!);
        Assert.Null(request.TermStart);
        Assert.Null(request.TermEnd);
    }

    [Fact]
    public void A_picked_day_is_its_utc_midnight()
    {
        var request = new PolicyForm { TermStart = new DateTime(2026, 12, 3, 15, 45, 0, DateTimeKind.Local), TermEnd = new DateTime(2027, 12, 3) }.ToRequest();

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), request.TermStart);
        Assert.Equal(new DateTimeOffset(2027, 12, 3, 0, 0, 0, TimeSpan.Zero), request.TermEnd);
    }

    [Fact]
    public void A_fields_errors_are_the_validators_and_each_vehicles_is_named_by_its_place()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["number"] = ["is required."],
            ["vehicleIds[0]"] = ["is not a vehicle registered to driver 'DRV-1'."],
            ["vehicleIds[2]"] = ["must be 1–64 characters."],
        };

        Assert.Equal("is required.", PolicyForm.ErrorOf(errors, "number"));
        Assert.Equal("Vehicle 1 is not a vehicle registered to driver 'DRV-1'. Vehicle 3 must be 1–64 characters.", PolicyForm.ErrorOf(errors, "vehicleIds"));
        Assert.Null(PolicyForm.ErrorOf(errors, "driverId"));
        Assert.Null(PolicyForm.ErrorOf(null, "number"));
    }
}
