using Telematics.Portfolio;

namespace Telematics.UnitTests.Portfolio;

public sealed class DriverSearchTests
{
    [Theory]
    [InlineData("Zoe Okafor", "zo", true)]
    [InlineData("Zoe Okafor", "ok", false)]
    [InlineData("Zoe Okafor", "oka", true)]
    [InlineData("Zoe Okafor", "OKAFOR", true)]
    [InlineData("DRV-00042", "d", true)]
    [InlineData("DRV-00042", "42", false)]
    [InlineData("DRV-00042", "042", true)]
    public void A_term_shorter_than_a_trigram_matches_the_start_and_a_longer_one_anywhere(string value, string search, bool matches) =>
        Assert.Equal(matches, DriverQuery.Matches(value, search));
}
