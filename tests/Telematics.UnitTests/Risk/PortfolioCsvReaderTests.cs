using Telematics.Risk;

namespace Telematics.UnitTests.Risk;

public sealed class PortfolioCsvReaderTests
{
    [Fact]
    public void Reads_the_portfolio_columns_into_rating_and_driving()
    {
        var policy = PortfolioCsvReader.Read(ShippedModelFixture.PortfolioPath)[0];

        // First row of data/portfolio/train.csv.gz.
        Assert.Equal(110, policy.Driving.ExposureDays);
        Assert.Equal(61, policy.Rating.InsuredAge);
        Assert.Equal(Telematics.Drivers.CarUse.Commercial, policy.Rating.CarUse);
        Assert.Equal(0.09459615, policy.Driving.PctDriveRushAm, 9);
        Assert.Equal(721, policy.Driving.RightTurnIntensity08);
        Assert.Equal(0, policy.Claims);
    }

    [Fact]
    public void A_file_without_a_portfolio_column_is_refused_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portfolio-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Duration,Insured.age\n365,40\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => PortfolioCsvReader.Read(path));

            Assert.Contains("Credit.score", error.Message);
            Assert.Contains("Brake08Miles", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
