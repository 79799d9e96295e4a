namespace Telematics.Simulator.Accuracy;

/// <param name="Miles">Miles each profile drives; 500 over 28 days gives the telematics score full weight.</param>
/// <param name="Days">Days back the trips are spread over; the policies start two days earlier.</param>
/// <param name="IntervalsS">Fix intervals of the table; each kind is also run at its own unless that is one of them.</param>
/// <param name="First">Number of the first driver and vehicle (DRV-nnnn, VEH-nnnn); the cells take the numbers after it.</param>
/// <param name="Settle">How long to wait for the platform to complete every trip after the last batch.</param>
public sealed record AccuracySettings(double Miles, int Days, IReadOnlyList<double> IntervalsS, int Seed, int First, int Parallelism, TimeSpan Settle);
