using Telematics.Geo;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// The running totals of one pass of <see cref="TripFeatureExtractor"/> over a trip's samples.
/// </summary>
/// <remarks>
/// An interval between two samples takes the state of its first sample (zero-order hold): its local time
/// bucket, speed limit and phone state. It is moving when either end reaches
/// <see cref="TripFeatureOptions.MovingSpeedMps"/>, idle otherwise, and a gap when the
/// <see cref="SamplingProfile"/> says so. Accelerations are the readings of its first sample
/// (<see cref="TripMotion"/>), spread inside it by <see cref="IntervalShape"/> where that applies. Distance is the trapezoid of speed
/// over moving intervals and the straight line over gaps, because the car did get there; idle intervals add
/// none, so GPS jitter or speed noise while parked is not mileage. The haversine legs between accepted
/// positions are summed apart, as <see cref="TripFeatures.PositionDistanceM"/>, for the distance cross-check.
/// </remarks>
internal sealed class TripFeatureAccumulator(TripFeatureOptions options, SamplingProfile profile)
{
    private readonly double _movingSpeedMps = options.MovingSpeedMps;
    private readonly long _minimumEpisodeTicks = options.MinimumEpisodeDuration.Ticks;
    private readonly long _maxShapedTicks = options.MaxShapedInterval.Ticks;
    private readonly double? _fallbackSpeedLimitMps = options.FallbackSpeedLimitMps;
    private readonly LocalTimeClassifier _clock = new(options);
    private readonly HarshEpisodeCounter _accelerations = new(HarshEventThresholds.LongitudinalMphPerSecond, options);
    private readonly HarshEpisodeCounter _brakings = new(HarshEventThresholds.LongitudinalMphPerSecond, options);
    private readonly HarshEpisodeCounter _leftTurns = new(HarshEventThresholds.LateralMphPerSecond, options);
    private readonly HarshEpisodeCounter _rightTurns = new(HarshEventThresholds.LateralMphPerSecond, options);
    private readonly double[] _distanceByDayM = new double[7];
    private bool _hasAnchor;
    private double _anchorLatitude;
    private double _anchorLongitude;
    private double _distanceM;
    private double _positionDistanceM;
    private double _speedIntegratedM;
    private double _movingS;
    private double _movingIntegratedM;
    private double _idleS;
    private double _gapS;
    private double _gapM;
    private double _speedingS;
    private double _speedingM;
    private double _nightMovingS;
    private double _nightM;
    private double _rushAmM;
    private double _rushPmM;
    private double _phoneUseS;
    private double _maxSpeedMps;

    public void AddFirst(in MotionReading first) => _maxSpeedMps = first.SpeedMps;

    /// <summary>Adds the interval that ends at sample <paramref name="index"/>.</summary>
    public void AddInterval(ReadOnlySpan<TelemetrySample> samples, ReadOnlySpan<MotionReading> motion, int index)
    {
        ref readonly var from = ref samples[index - 1];
        ref readonly var to = ref samples[index];
        ref readonly var fromMotion = ref motion[index - 1];
        ref readonly var toMotion = ref motion[index];
        var ticks = to.UtcTicks - from.UtcTicks;
        var seconds = ticks / (double)TimeSpan.TicksPerSecond;
        var gap = profile.IsGap(ticks);
        var moving = Math.Max(fromMotion.SpeedMps, toMotion.SpeedMps) >= _movingSpeedMps;
        var bucket = _clock.Classify(from.UtcTicks);
        var positionLegM = Leg(from, to, counts: gap || moving);
        _positionDistanceM += positionLegM;
        _maxSpeedMps = Math.Max(_maxSpeedMps, toMotion.SpeedMps);

        if (gap)
        {
            _gapS += seconds;
            _gapM += positionLegM;
            AddDistance(positionLegM, bucket);
            AddReadings(fromMotion, from.UtcTicks, from.UtcTicks);
            CloseEpisodes();
            return;
        }

        var integratedM = (fromMotion.SpeedMps + toMotion.SpeedMps) / 2 * seconds;
        _speedIntegratedM += integratedM;
        if (moving)
        {
            AddDistance(integratedM, bucket);
            AddMoving(from, fromMotion, seconds, integratedM, bucket);
        }
        else
        {
            _idleS += seconds;
        }

        if (IsShaped(samples, index))
        {
            AddShapedReadings(motion[index - 2], fromMotion, toMotion, from.UtcTicks, ticks);
        }
        else
        {
            AddReadings(fromMotion, from.UtcTicks, to.UtcTicks);
        }
    }

    /// <summary>
    /// Ends the pass: the last reading holds for no time, open episodes close, then the harsh events the device raised
    /// itself are merged in.
    /// </summary>
    public void AddLast(ReadOnlySpan<TelemetrySample> samples, in MotionReading last)
    {
        AddReadings(last, samples[^1].UtcTicks, samples[^1].UtcTicks);
        CloseEpisodes();
        var window = options.SameEventWindow.Ticks;
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples[i];
            var counter = sample.DeviceHarsh switch
            {
                DeviceHarshEvent.Acceleration => _accelerations,
                DeviceHarshEvent.Braking => _brakings,
                DeviceHarshEvent.Cornering => DerivedAcceleration.TurnSide(samples, i) switch
                {
                    > 0 => _leftTurns,
                    < 0 => _rightTurns,
                    _ => null,
                },
                _ => null,
            };
            counter?.AddDeviceEvent(sample.UtcTicks, sample.DeviceHarshMps2, window);
        }
    }

    public TripFeatures ToFeatures(CleanedTelemetry telemetry, FeatureSources sources)
    {
        var first = telemetry.Samples[0].UtcTicks;
        var last = telemetry.Samples[^1].UtcTicks;
        return new TripFeatures(
            StartedAt: new DateTimeOffset(first, TimeSpan.Zero),
            EndedAt: new DateTimeOffset(last, TimeSpan.Zero),
            DistanceM: _distanceM,
            DurationS: (last - first) / (double)TimeSpan.TicksPerSecond,
            MaxSpeedMps: _maxSpeedMps,
            AccelerationCounts: _accelerations.Counts,
            BrakingCounts: _brakings.Counts,
            LeftTurnCounts: _leftTurns.Counts,
            RightTurnCounts: _rightTurns.Counts,
            EventCount: telemetry.Samples.Length,
            SpeedIntegratedDistanceM: _speedIntegratedM,
            MovingTimeS: _movingS,
            IdleTimeS: _idleS,
            GapTimeS: _gapS,
            MeanMovingSpeedMps: _movingS > 0 ? _movingIntegratedM / _movingS : 0,
            SpeedingTimeS: _speedingS,
            SpeedingDistanceM: _speedingM,
            NightMovingTimeS: _nightMovingS,
            NightDistanceM: _nightM,
            RushAmDistanceM: _rushAmM,
            RushPmDistanceM: _rushPmM,
            MondayDistanceM: _distanceByDayM[(int)DayOfWeek.Monday],
            TuesdayDistanceM: _distanceByDayM[(int)DayOfWeek.Tuesday],
            WednesdayDistanceM: _distanceByDayM[(int)DayOfWeek.Wednesday],
            ThursdayDistanceM: _distanceByDayM[(int)DayOfWeek.Thursday],
            FridayDistanceM: _distanceByDayM[(int)DayOfWeek.Friday],
            SaturdayDistanceM: _distanceByDayM[(int)DayOfWeek.Saturday],
            SundayDistanceM: _distanceByDayM[(int)DayOfWeek.Sunday],
            LocalStartDate: _clock.LocalDate(first),
            LocalEndDate: _clock.LocalDate(last),
            PhoneUseS: _phoneUseS,
            DuplicateEventCount: telemetry.DuplicateCount,
            RejectedPositionCount: telemetry.RejectedPositionCount,
            GapDistanceM: _gapM,
            Sources: sources,
            MedianSampleIntervalS: profile.MedianIntervalTicks / (double)TimeSpan.TicksPerSecond,
            PositionDistanceM: _positionDistanceM,
            RejectedSpeedCount: telemetry.RejectedSpeedCount);
    }

    private double Leg(in TelemetrySample from, in TelemetrySample to, bool counts)
    {
        if (!_hasAnchor && from.HasPosition)
        {
            MoveAnchor(from);
        }

        if (!to.HasPosition)
        {
            return 0;
        }

        var metres = _hasAnchor && counts ? GeoMath.HaversineM(_anchorLatitude, _anchorLongitude, to.Latitude, to.Longitude) : 0;
        MoveAnchor(to);
        return metres;
    }

    private void MoveAnchor(in TelemetrySample sample)
    {
        _hasAnchor = true;
        _anchorLatitude = sample.Latitude;
        _anchorLongitude = sample.Longitude;
    }

    private void AddDistance(double metres, LocalTimeBucket bucket)
    {
        _distanceM += metres;
        _distanceByDayM[(int)bucket.Day] += metres;
        _nightM += bucket.Night ? metres : 0;
        _rushAmM += bucket.RushAm ? metres : 0;
        _rushPmM += bucket.RushPm ? metres : 0;
    }

    private void AddMoving(in TelemetrySample from, in MotionReading fromMotion, double seconds, double integratedM, LocalTimeBucket bucket)
    {
        _movingS += seconds;
        _movingIntegratedM += integratedM;
        _nightMovingS += bucket.Night ? seconds : 0;
        _phoneUseS += from.PhoneInUse ? seconds : 0;
        if (fromMotion.SpeedMps > (from.SpeedLimitMps ?? _fallbackSpeedLimitMps))
        {
            _speedingS += seconds;
            _speedingM += integratedM;
        }
    }

    /// <summary>Whether the interval ending at <paramref name="index"/> is spread by <see cref="IntervalShape"/>.</summary>
    private bool IsShaped(ReadOnlySpan<TelemetrySample> samples, int index)
    {
        if (index < 2 || index + 1 >= samples.Length)
        {
            return false;
        }

        var ticks = samples[index].UtcTicks - samples[index - 1].UtcTicks;
        return ticks > _minimumEpisodeTicks && ticks <= _maxShapedTicks
            && IsAlike(samples[index - 1].UtcTicks - samples[index - 2].UtcTicks, ticks)
            && IsAlike(samples[index + 1].UtcTicks - samples[index].UtcTicks, ticks);
    }

    /// <summary>A neighbour within a quarter of the interval's length, so that unit cells model both.</summary>
    private static bool IsAlike(long neighbourTicks, long ticks) => Math.Abs(neighbourTicks - ticks) * 4 <= ticks;

    private void AddShapedReadings(in MotionReading before, in MotionReading reading, in MotionReading after, long fromTicks, long ticks)
    {
        Span<double> longitudinal = stackalloc double[IntervalShape.Steps];
        Span<double> lateral = stackalloc double[IntervalShape.Steps];
        IntervalShape.Fill(before.AccelLongMps2, reading.AccelLongMps2, after.AccelLongMps2, longitudinal);
        IntervalShape.Fill(before.AccelLatMps2, reading.AccelLatMps2, after.AccelLatMps2, lateral);
        for (var step = 0; step < IntervalShape.Steps; step++)
        {
            var start = fromTicks + ticks * step / IntervalShape.Steps;
            var end = fromTicks + ticks * (step + 1) / IntervalShape.Steps;
            AddReadings(reading with { AccelLongMps2 = longitudinal[step], AccelLatMps2 = lateral[step] }, start, end);
        }
    }

    private void AddReadings(in MotionReading reading, long fromTicks, long untilTicks)
    {
        _accelerations.Add(reading.AccelLongMps2, fromTicks, untilTicks);
        _brakings.Add(-reading.AccelLongMps2, fromTicks, untilTicks);
        _leftTurns.Add(reading.AccelLatMps2, fromTicks, untilTicks);
        _rightTurns.Add(-reading.AccelLatMps2, fromTicks, untilTicks);
    }

    private void CloseEpisodes()
    {
        _accelerations.Close();
        _brakings.Close();
        _leftTurns.Close();
        _rightTurns.Close();
    }
}
