using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// Chooses, per sample, where its speed and accelerations come from, in this order: the device's accelerometer when it
/// reports one; else acceleration derived from speed and heading (<see cref="DerivedAcceleration"/>). Speed is the
/// reported one, or, when no sample of the trip reports any, the estimate from positions (<see cref="PositionSpeedEstimator"/>).
/// Over an interval longer than <see cref="TripFeatureOptions.MaxShapedInterval"/> and at most
/// <see cref="TripFeatureOptions.PeakBoundMaxInterval"/>, either is a mean that hides a short manoeuvre, so the
/// longitudinal reading is raised to <see cref="CoarsePeakBound"/> where the distance between the fixes says the change
/// was sharper.
/// </summary>
/// <remarks>
/// Harsh events the device detected itself are the third source; they are merged with the episodes these readings
/// give by <see cref="HarshEpisodeCounter.AddDeviceEvent"/>, so one manoeuvre seen twice counts once.
/// </remarks>
internal static class TripMotion
{
    public static MotionReading[] Of(ReadOnlySpan<TelemetrySample> samples, SamplingProfile profile, TripFeatureOptions options, out FeatureSources sources)
    {
        var speeds = ReportsSpeed(samples) ? ReportedSpeeds(samples) : PositionSpeedEstimator.Estimate(samples, options);
        sources = ReportsSpeed(samples) ? FeatureSources.ReportedSpeedDistance : FeatureSources.PositionSpeedDistance;
        var readings = new MotionReading[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples[i];
            if (sample.HasAccelerometer)
            {
                readings[i] = new MotionReading(speeds[i], sample.AccelLongMps2, sample.AccelLatMps2);
                sources |= FeatureSources.Accelerometer;
            }
            else if (i + 1 < samples.Length)
            {
                var (longitudinal, lateral) = DerivedAcceleration.OverIntervalEndingAt(samples, speeds, i + 1, profile, options);
                readings[i] = new MotionReading(speeds[i], longitudinal, lateral);
                sources |= FeatureSources.SpeedDerivedAcceleration | FeatureSources.HeadingDerivedAcceleration;
            }
            else
            {
                readings[i] = new MotionReading(speeds[i], 0, 0);
            }

            sources |= sample.DeviceHarsh != DeviceHarshEvent.None ? FeatureSources.DeviceHarshEvents : 0;
            if (i + 1 < samples.Length && IsBounded(samples[i + 1].UtcTicks - sample.UtcTicks, profile, options))
            {
                var bound = CoarsePeakBound.Of(sample, samples[i + 1], speeds[i], speeds[i + 1], options);
                readings[i] = Math.Abs(bound) > Math.Abs(readings[i].AccelLongMps2) ? readings[i] with { AccelLongMps2 = bound } : readings[i];
                sources |= FeatureSources.DistanceBoundedAcceleration;
            }
        }

        sources |= profile.MedianIntervalTicks > options.PeakBoundMaxInterval.Ticks ? FeatureSources.CoarseMotion : 0;
        return readings;
    }

    private static bool IsBounded(long intervalTicks, SamplingProfile profile, TripFeatureOptions options) =>
        intervalTicks > options.MaxShapedInterval.Ticks && intervalTicks <= options.PeakBoundMaxInterval.Ticks && !profile.IsGap(intervalTicks);

    private static bool ReportsSpeed(ReadOnlySpan<TelemetrySample> samples)
    {
        foreach (var sample in samples)
        {
            if (sample.SpeedMps > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double[] ReportedSpeeds(ReadOnlySpan<TelemetrySample> samples)
    {
        var speeds = new double[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            speeds[i] = samples[i].SpeedMps;
        }

        return speeds;
    }
}
