using Telematics.Api.Devices.OsmAnd;
using Telematics.UnitTests.Devices.Vectors;

namespace Telematics.UnitTests.Devices.OsmAnd;

public sealed class OsmAndAttributeLimitsTests
{
    [Fact]
    public void Thirty_two_short_attributes_pass_and_one_more_or_a_long_one_does_not()
    {
        var attributes = Enumerable.Range(0, OsmAndAttributeLimits.MaxCount).ToDictionary(i => $"a{i}", i => "1");

        Assert.Null(OsmAndAttributeLimits.Violation(attributes));
        Assert.NotNull(OsmAndAttributeLimits.Violation(new Dictionary<string, string>(attributes) { ["one-more"] = "1" }));
        Assert.NotNull(OsmAndAttributeLimits.Violation(new Dictionary<string, string> { ["note"] = new('x', 257) }));
        Assert.NotNull(OsmAndAttributeLimits.Violation(new Dictionary<string, string> { [new string('n', 257)] = "1" }));
    }

    [Fact]
    public void No_sample_from_the_apps_comes_near_the_limits()
    {
        var samples = OsmAndSample.All.Where(s => !s.IsJson).Select(s => s.Query.Count());

        Assert.All(samples, count => Assert.True(count <= OsmAndAttributeLimits.MaxCount / 2, $"{count} parameters"));
    }
}
