namespace Telematics.Drivers;

/// <summary>
/// A driver's most recent notifications, oldest first. Kept apart from <see cref="DriverState"/>: a hundred messages
/// outweigh all the rest of a driver, and they change on a notification, not on every trip and rescore.
/// </summary>
[GenerateSerializer, Alias("telematics.DriverNotificationsState")]
public sealed class DriverNotificationsState
{
    [Id(0)] public List<DriverNotification> Items { get; set; } = [];
}
