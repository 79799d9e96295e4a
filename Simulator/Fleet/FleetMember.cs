using Telematics.Drivers;
using Telematics.Simulator.Driving;

namespace Telematics.Simulator.Fleet;

public sealed record FleetMember(string DriverId, string VehicleId, string Name, DrivingProfile Profile, RatingVariables Rating, double HomeLatitude, double HomeLongitude);
