namespace Telematics.Trips;

/// <summary>Where a moment falls in local time, for the features that split driving by time of day and week.</summary>
internal readonly record struct LocalTimeBucket(DayOfWeek Day, bool Night, bool RushAm, bool RushPm);
