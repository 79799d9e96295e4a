using Telematics.Drivers;
using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Fleet;

/// <param name="Number">The n of DRV-n and VEH-n; simulated trackers take their IMEI from it.</param>
/// <param name="TimeZoneId">The driver's IANA zone, sent at registration; trips start at local hours in it.</param>
public sealed record FleetMember(string DriverId, string VehicleId, string Name, DrivingProfile Profile, RatingVariables Rating, double HomeLatitude, double HomeLongitude, int Number, string TimeZoneId)
{
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}
