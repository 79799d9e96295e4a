namespace Telematics.Drivers.Features;

/// <summary>
/// The periods of a <see cref="DrivingHistory"/> from a first date on, oldest first, for reading. A history still as
/// stored is read period by period into one object, the history's own, which is <see cref="Current"/> until the next
/// step (so one scan of a history at a time): a portfolio's rescoring reads every driver's periods and keeps none.
/// </summary>
internal ref struct PeriodScan
{
    private readonly DateOnly _from;
    private readonly List<DrivingPeriod>? _periods;
    private int _index;
    private PackedReader _reader;
    private readonly byte _version;
    private int _left;
    private readonly DrivingPeriod? _reused;

    public PeriodScan(List<DrivingPeriod> periods, DateOnly from)
    {
        _periods = periods;
        Count = periods.Count;
        _from = from;
        Current = null!;
    }

    public PeriodScan(byte[] packed, DrivingPeriod reused, DateOnly from)
    {
        _reader = StoredDrivingHistory.Open(packed, out _version, out _left);
        Count = _left;
        _reused = reused;
        _from = from;
        Current = null!;
    }

    /// <summary>The periods of the history, those before the first date included.</summary>
    public int Count { get; }

    public DrivingPeriod Current { get; private set; }

    public readonly PeriodScan GetEnumerator() => this;

    public bool MoveNext()
    {
        while (Next())
        {
            if (Current.First >= _from)
            {
                return true;
            }
        }

        return false;
    }

    private bool Next()
    {
        if (_periods is not null)
        {
            if (_index == _periods.Count)
            {
                return false;
            }

            Current = _periods[_index++];
            return true;
        }

        if (_left == 0)
        {
            return _reader.AtEnd ? false : throw StoredDrivingHistory.TrailingBytes();
        }

        _left--;
        _reused!.Read(ref _reader, _version);
        Current = _reused;
        return true;
    }
}
