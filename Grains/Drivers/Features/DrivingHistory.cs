using Telematics.Trips;

namespace Telematics.Drivers.Features;

/// <summary>
/// A driver's trips as sums per period (<see cref="DrivingPeriod"/>), oldest first: bounded by the window, not by the
/// trips. Stored as <see cref="StoredDrivingHistory"/>.
/// </summary>
public sealed class DrivingHistory
{
    private List<DrivingPeriod>? _periods;

    /// <summary>
    /// The history as read from storage, until its periods are wanted as objects. A rescoring reads a driver's periods
    /// and changes none (but when the window has passed one), so it neither unpacks nor packs them: unpacked, they were
    /// a third of the memory a portfolio's rescoring allocated (bench/results/portfolio-scale.md).
    /// </summary>
    private byte[]? _packed;

    /// <summary>What a scan of <see cref="_packed"/> reads each period into.</summary>
    private DrivingPeriod? _scanned;

    /// <summary>The trips and metres of <see cref="_packed"/> once summed: the bytes never change, so neither do they.</summary>
    private (int Trips, double Metres)? _packedTotals;

    public DrivingHistory()
        : this(new List<DrivingPeriod>())
    {
    }

    public DrivingHistory(List<DrivingPeriod> periods) => _periods = periods;

    /// <summary>A history as stored (<see cref="StoredDrivingHistory.Packed"/>): its format is checked now, its periods read when wanted.</summary>
    internal DrivingHistory(byte[] packed)
    {
        StoredDrivingHistory.Open(packed, out _, out _);
        _packed = packed;
    }

    /// <summary>The periods, to read or change: a history still as stored is unpacked now, and is packed again when next stored.</summary>
    public List<DrivingPeriod> Periods
    {
        get
        {
            if (_periods is null)
            {
                _periods = new StoredDrivingHistory { Packed = _packed }.ToPeriods();
                _packed = null;
            }

            return _periods;
        }
    }

    public bool IsEmpty => Scan(DateOnly.MinValue).Count == 0;

    public int TripCount => Totals().Trips;

    public double DistanceMiles => Totals().Metres / DrivingPeriod.MetresPerMile;

    /// <summary>Adds a trip to the period it ended in; a trip usually ends in the latest period, so the search starts there.</summary>
    public void Add(TripFeatures trip)
    {
        var first = DrivingPeriod.FirstOf(trip.LocalEndDate);
        var index = Periods.Count;
        while (index > 0 && Periods[index - 1].First > first)
        {
            index--;
        }

        if (index == 0 || Periods[index - 1].First != first)
        {
            Periods.Insert(index, new DrivingPeriod(first));
            index++;
        }

        Periods[index - 1].Add(trip);
    }

    /// <summary>Forgets the periods before the window's first: they can never come back into it.</summary>
    public void DropBefore(FeatureWindow window)
    {
        var scan = Scan(DateOnly.MinValue);
        if (scan.MoveNext() && scan.Current.First < window.FirstPeriod)
        {
            Periods.RemoveAll(p => p.First < window.FirstPeriod);
        }
    }

    public IEnumerable<DrivingPeriod> In(FeatureWindow window) => Periods.Where(p => p.First >= window.FirstPeriod);

    /// <summary>The periods from <paramref name="from"/> on, without unpacking a history still as stored (<see cref="PeriodScan"/>).</summary>
    internal PeriodScan Scan(DateOnly from) =>
        _periods is { } periods ? new(periods, from) : new(_packed!, _scanned ??= new DrivingPeriod(DrivingPeriod.Epoch), from);

    private (int Trips, double Metres) Totals()
    {
        if (_periods is null && _packedTotals is { } packed)
        {
            return packed;
        }

        var totals = (Trips: 0, Metres: 0.0);
        foreach (var period in Scan(DateOnly.MinValue))
        {
            totals.Trips += period.TripCount;
            totals.Metres += period.DistanceM;
        }

        if (_periods is null)
        {
            _packedTotals = totals;
        }

        return totals;
    }

    /// <summary>The bytes it was read from while its periods are still those, else its periods packed.</summary>
    internal StoredDrivingHistory ToStored() => _packed is { } packed ? new() { Packed = packed } : StoredDrivingHistory.Of(_periods!);

    public static DrivingHistory Of(IEnumerable<TripFeatures> trips)
    {
        var history = new DrivingHistory();
        foreach (var trip in trips)
        {
            history.Add(trip);
        }

        return history;
    }
}
