using Telematics.Api.Web.Formatting;

namespace Telematics.UnitTests.Web;

public sealed class UnitsTests
{
    [Theory]
    [InlineData(1234.5, "$1,234.50")]
    [InlineData(-12, "−$12.00")]
    public void Money_has_its_unit_and_sign(decimal amount, string shown) => Assert.Equal(shown, Units.Money(amount));

    [Fact]
    public void Every_number_carries_its_unit()
    {
        Assert.Equal("16 mi", Units.MilesOfMetres(25_900));
        Assert.Equal("5.0 mi", Units.MilesOfMetres(8_000));
        Assert.Equal("45 mph", Units.MphOfMps(20.1168));
        Assert.Equal("12 %", Units.Percent(0.123));
        Assert.Equal("4.5 %", Units.Percent(0.045));
        Assert.Equal("37 / 100", Units.Score(37.2));
        Assert.Equal("1 h 05 min", Units.Duration(3_900));
        Assert.Equal("1 trip", Units.Count(1, "trip", "trips"));
    }
}
