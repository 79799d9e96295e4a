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
/// <see cref="SamplingProfile"/> says so. Accelerations are the readings of its last sample
/// (<see cref="TripMotion"/>), which describe the interval that ends there. Distance is the trapezoid of speed
/// over moving intervals and the straight line over gaps, because the car did get there; idle intervals add
/// none, so GPS jitter or speed noise while parked is not mileage. The haversine legs between accepted
/// positions are summed apart, as <see cref="TripFeatures.PositionDistanceM"/>, for the distance cross-check.
/// </remarks>
internal sealed class TripFeatureAccumulator(TripFeatureOptions options, SamplingProfile profile)
{
    private readonly double _movingSpeedMps = options.MovingSpeedMps;
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

    public void AddInterval(in TelemetrySample from, in TelemetrySample to, in MotionReading fromMotion, in MotionReading toMotion)
    {
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

        AddReadings(toMotion, from.UtcTicks, to.UtcTicks);
    }

    /// <summary>Ends the pass: closes open episodes, then merges the harsh events the devices raised themselves.</summary>
    public void AddLast(ReadOnlySpan<TelemetrySample> samples)
    {
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
