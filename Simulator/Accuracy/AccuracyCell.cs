using Telematics.Simulator.Driving;
using Telematics.Simulator.Fleet;
using Telematics.Simulator.Sensors;

namespace Telematics.Simulator.Accuracy;

/// <summary>
/// One row of the accuracy table: a profile's drives recorded by one kind of device at one interval (null: the kind's
/// own) and delivered in order or shuffled, by a driver and vehicle of its own so that each row has its own score.
/// </summary>
public sealed record AccuracyCell(DrivingProfile Profile, DeviceKind Device, double? IntervalS, bool Shuffled, FleetMember Member)
{
    public string Interval => IntervalS is { } s ? $"{s:0.#} s" : Device.MinIntervalS == Device.MaxIntervalS ? $"{Device.MinIntervalS:0.#} s (own)" : $"{Device.MinIntervalS:0}–{Device.MaxIntervalS:0} s (own)";

    public string Arrival => Shuffled ? "shuffled" : "in order";
}
