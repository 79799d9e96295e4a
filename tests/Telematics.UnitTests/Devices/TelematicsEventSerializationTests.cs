using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Devices;

/// <summary>Device attributes cross silos with the event: the appended field must survive Orleans serialization.</summary>
public sealed class TelematicsEventSerializationTests
{
    [Fact]
    public void An_event_with_attributes_round_trips_and_one_without_stays_without()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var withAttributes = new TelematicsEvent(DateTimeOffset.UnixEpoch, 45.5, -73.6, 10, 90, 0, 0,
            Attributes: new Dictionary<string, string> { ["alarm"] = "hardBraking", ["io66"] = "12835" });
        var without = withAttributes with { Attributes = null };

        var copy = serializer.Deserialize<TelematicsEvent>(serializer.SerializeToArray(withAttributes));

        Assert.Equal(withAttributes.Attributes, copy!.Attributes);
        Assert.Null(serializer.Deserialize<TelematicsEvent>(serializer.SerializeToArray(without))!.Attributes);
    }
}
