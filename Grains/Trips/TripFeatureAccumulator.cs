using Telematics.Geo;
using Telematics.Telemetry;

namespace Telematics.Trips;

/// <summary>
/// The running totals of one pass of <see cref="TripFeatureExtractor"/> over a trip's samples.
/// </summary>
/// <remarks>
/// An interval between two samples takes the state of its first sample (zero-order hold): its local time
/// bucket, speed limit and phone state. It is moving when either end reaches
/// <see cref="TripFeatureOptions.MovingSpeedMps"/>, idle otherwise, and a gap when longer than
/// <see cref="TripFeatureOptions.MaxSampleInterval"/>. Distance is the haversine leg from the last accepted
/// position to the next one; an idle interval moves that anchor without adding distance, so GPS jitter
/// while parked is not mileage, while a gap's straight line still counts because the car did get there.
/// </remarks>
internal sealed class TripFeatureAccumulator(TripFeatureOptions options)
{
    private readonly long _maxIntervalTicks = options.MaxSampleInterval.Ticks;
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

    public void AddInterval(in TelemetrySample from, in TelemetrySample to)
    {
        var ticks = to.UtcTicks - from.UtcTicks;
        var seconds = ticks / (double)TimeSpan.TicksPerSecond;
        var gap = ticks > _maxIntervalTicks;
        var moving = Math.Max(from.SpeedMps, to.SpeedMps) >= _movingSpeedMps;
        var bucket = _clock.Classify(from.UtcTicks);
        var legM = Leg(from, to, counts: gap || moving);
        AddDistance(legM, bucket);

        if (gap)
        {
            _gapS += seconds;
            _gapM += legM;
            AddReadings(from, holdTicks: 0);
            CloseEpisodes();
            return;
        }

        var integratedM = (from.SpeedMps + to.SpeedMps) / 2 * seconds;
        _speedIntegratedM += integratedM;
        if (moving)
        {
            AddMoving(from, seconds, integratedM, legM, bucket);
        }
        else
        {
            _idleS += seconds;
        }

        AddReadings(from, ticks);
    }

    public void AddLast(in TelemetrySample last)
    {
        AddReadings(last, holdTicks: 0);
        CloseEpisodes();
    }

    public TripFeatures ToFeatures(CleanedTelemetry telemetry)
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
            GapDistanceM: _gapM);
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

    private void AddMoving(in TelemetrySample from, double seconds, double integratedM, double legM, LocalTimeBucket bucket)
    {
        _movingS += seconds;
        _movingIntegratedM += integratedM;
        _nightMovingS += bucket.Night ? seconds : 0;
        _phoneUseS += from.PhoneInUse ? seconds : 0;
        if (from.SpeedMps > (from.SpeedLimitMps ?? _fallbackSpeedLimitMps))
        {
            _speedingS += seconds;
            _speedingM += legM;
        }
    }

    private void AddReadings(in TelemetrySample sample, long holdTicks)
    {
        _maxSpeedMps = Math.Max(_maxSpeedMps, sample.SpeedMps);
        _accelerations.Add(sample.AccelLongMps2, holdTicks);
        _brakings.Add(-sample.AccelLongMps2, holdTicks);
        _leftTurns.Add(sample.AccelLatMps2, holdTicks);
        _rightTurns.Add(-sample.AccelLatMps2, holdTicks);
    }

    private void CloseEpisodes()
    {
        _accelerations.Close();
        _brakings.Close();
        _leftTurns.Close();
        _rightTurns.Close();
    }
}
