using Telematics.Drivers;
using Telematics.Drivers.Features;
using Telematics.Risk;
using Telematics.Simulator.Driving;
using Telematics.Simulator.Sensors;
using Telematics.Trips;
using Telematics.UnitTests.Risk;
using Telematics.UnitTests.Trips;
using Xunit.Abstractions;

namespace Telematics.UnitTests.Simulator;

/// <summary>
/// The simulator's profiles must drive like people in the portfolio the model learned from: a profile far outside it
/// would be scored at the portfolio's edge and flagged, which says nothing about the simulator's drivers.
/// </summary>
[Collection(ShippedModelCollection.Name)]
public sealed class ProfileRangeTests(ShippedModelFixture shipped, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 14, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Profiles() => [.. DrivingProfile.BuiltIn.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Each_profile_drives_inside_the_portfolio_and_no_explanation_credits_worse_driving(string profileName)
    {
        var features = Drive(DrivingProfile.BuiltIn.Single(p => p.Name == profileName));
        var rating = shipped.Split.Validation[0].Rating;

        var explanation = shipped.Model.Explain(rating, features, int.MaxValue);

        output.WriteLine(string.Join(Environment.NewLine, explanation.Raising.Concat(explanation.Lowering).Select(f => f.Description)));
        Assert.Empty(explanation.Capped);
        Assert.False(explanation.Provisional);
        var increasing = RiskVariables.Accelerations.Concat(RiskVariables.Brakings).Concat(RiskVariables.Turns).ToDictionary(v => v.Name);
        var ranges = shipped.Model.VariableRanges;
        Assert.All(explanation.Lowering.Where(f => increasing.ContainsKey(f.Variable)), f =>
            Assert.True(increasing[f.Variable].Read(rating, features) <= ranges[f.Variable].Median, $"{f.Description}: above the typical value, yet lowers"));
    }

    [Fact]
    public void Risky_drivers_score_above_average_ones_and_average_above_safe()
    {
        var rating = shipped.Split.Validation[0].Rating;
        var scores = DrivingProfile.BuiltIn.ToDictionary(p => p.Name, p => shipped.Model.Assess(rating, Drive(p)).TelematicsFrequency);

        Assert.True(scores["safe"] < scores["average"] && scores["average"] < scores["risky"], string.Join(", ", scores));
    }

    /// <summary>A hundred trips, one a day, through the platform's feature extraction and the driver's rolling window.</summary>
    private static DriverFeatures Drive(DrivingProfile profile)
    {
        var generator = new TripGenerator(new Random(2026), 1, SensorOptions.Default);
        var trips = Enumerable.Range(0, 100)
            .Select(i => TripFeaturesOf.Events(generator.Generate(profile, Start.AddDays(i), 45.5, -73.6, legs: 12).Events))
            .ToList();
        var window = FeatureWindow.Of(Start, Start.AddDays(100), new DriverOptions().FeatureWindow, new TripFeatureOptions().ResolveTimeZone());
        return DriverFeatureAggregator.Aggregate(DrivingHistory.Of(trips), window);
    }
}
