namespace Telematics.Drivers;

/// <summary>
/// A driver's rolling telematics features, one property per column of the actuarial portfolio
/// (So, Boucher &amp; Valdez 2021) so that a model trained on it scores our drivers directly.
/// Shares are fractions in [0, 1]; event rates are per 1,000 miles.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverFeatures")]
public sealed record DriverFeatures
{
    [Id(0)] public double ExposureDays { get; init; }
    [Id(1)] public double AnnualPctDriven { get; init; }
    [Id(2)] public double TotalMilesDriven { get; init; }
    [Id(3)] public double PctDriveMon { get; init; }
    [Id(4)] public double PctDriveTue { get; init; }
    [Id(5)] public double PctDriveWed { get; init; }
    [Id(6)] public double PctDriveThr { get; init; }
    [Id(7)] public double PctDriveFri { get; init; }
    [Id(8)] public double PctDriveSat { get; init; }
    [Id(9)] public double PctDriveSun { get; init; }
    [Id(10)] public double PctDrive2Hrs { get; init; }
    [Id(11)] public double PctDrive3Hrs { get; init; }
    [Id(12)] public double PctDrive4Hrs { get; init; }
    [Id(13)] public double PctDriveWkday { get; init; }
    [Id(14)] public double PctDriveWkend { get; init; }
    [Id(15)] public double PctDriveRushAm { get; init; }
    [Id(16)] public double PctDriveRushPm { get; init; }
    [Id(17)] public double AvgDaysWeek { get; init; }
    [Id(18)] public double Accel06Miles { get; init; }
    [Id(19)] public double Accel08Miles { get; init; }
    [Id(20)] public double Accel09Miles { get; init; }
    [Id(21)] public double Accel11Miles { get; init; }
    [Id(22)] public double Accel12Miles { get; init; }
    [Id(23)] public double Accel14Miles { get; init; }
    [Id(24)] public double Brake06Miles { get; init; }
    [Id(25)] public double Brake08Miles { get; init; }
    [Id(26)] public double Brake09Miles { get; init; }
    [Id(27)] public double Brake11Miles { get; init; }
    [Id(28)] public double Brake12Miles { get; init; }
    [Id(29)] public double Brake14Miles { get; init; }
    [Id(30)] public double LeftTurnIntensity08 { get; init; }
    [Id(31)] public double LeftTurnIntensity09 { get; init; }
    [Id(32)] public double LeftTurnIntensity10 { get; init; }
    [Id(33)] public double LeftTurnIntensity11 { get; init; }
    [Id(34)] public double LeftTurnIntensity12 { get; init; }
    [Id(35)] public double RightTurnIntensity08 { get; init; }
    [Id(36)] public double RightTurnIntensity09 { get; init; }
    [Id(37)] public double RightTurnIntensity10 { get; init; }
    [Id(38)] public double RightTurnIntensity11 { get; init; }
    [Id(39)] public double RightTurnIntensity12 { get; init; }
    [Id(40)] public int TripCount { get; init; }

    /// <summary>Our own additions below, which are not portfolio columns: readers of portfolio files skip them.</summary>
    public static readonly IReadOnlySet<string> BeyondPortfolio = new HashSet<string>
    {
        nameof(AnnualisedMiles), nameof(NightShare), nameof(SpeedingShare), nameof(SpeedingTimeShare), nameof(PhoneUseShare),
        nameof(HarshObservedMiles),
    };

    /// <summary>Miles driven in the window scaled to a year of exposure.</summary>
    [Id(41)] public double AnnualisedMiles { get; init; }

    /// <summary>Share of the distance driven in the configured night hours (local time).</summary>
    [Id(42)] public double NightShare { get; init; }

    /// <summary>Share of the distance driven above the speed limit.</summary>
    [Id(43)] public double SpeedingShare { get; init; }

    /// <summary>Share of the moving time spent above the speed limit.</summary>
    [Id(44)] public double SpeedingTimeShare { get; init; }

    /// <summary>Share of the moving time with the phone in use, as far as devices report it.</summary>
    [Id(45)] public double PhoneUseShare { get; init; }

    /// <summary>
    /// The miles the harsh-event rates are per 1,000 of: every mile when the device reported harsh events of its own in
    /// the window, else the miles of trips whose fixes were close enough for readings to show them (not
    /// <see cref="Trips.FeatureSources.CoarseMotion"/>). Null in features stored before it: every mile.
    /// </summary>
    [Id(46)] public double? HarshObservedMiles { get; init; }
}
