namespace Telematics.Drivers.Features;

/// <summary>
/// The local dates a <see cref="DrivingPeriod"/>'s trips ran on: a bit per day of the period from
/// <paramref name="FirstDay"/>, and every day from <paramref name="EarliestDay"/> before it for trips that began in an
/// earlier period (day numbers of <see cref="DateOnly"/>).
/// </summary>
public readonly record struct PeriodDates(int EarliestDay, int FirstDay, ushort DaysDriven)
{
    /// <summary>Sets the bit of each date; bit 0 of <paramref name="bits"/> is the date whose day number is <paramref name="dayZero"/>.</summary>
    public void Mark(Span<ulong> bits, int dayZero)
    {
        for (var day = EarliestDay; day < FirstDay; day++)
        {
            Set(bits, day - dayZero);
        }

        for (var day = 0; day < DrivingPeriod.Days; day++)
        {
            if ((DaysDriven & (1 << day)) != 0)
            {
                Set(bits, FirstDay + day - dayZero);
            }
        }
    }

    private static void Set(Span<ulong> bits, int bit) => bits[bit >> 6] |= 1UL << (bit & 63);
}
