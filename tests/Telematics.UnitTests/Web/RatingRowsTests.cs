using Telematics.Api.Web.Formatting;
using Telematics.Drivers;

namespace Telematics.UnitTests.Web;

public sealed class RatingRowsTests
{
    [Fact]
    public void Every_rating_variable_is_listed_in_the_portfolios_terms_with_its_unit()
    {
        var rating = new RatingVariables(41, Sex.Female, 1, MaritalStatus.Single, CarUse.Commute, 712, Region.Rural, 12_500, 1, 35);

        Assert.Equal(
            [
                ("Age", "41 years"), ("Sex", "Female"), ("Marital status", "Single"), ("Credit score", "712"), ("Years without a claim", "1 year"),
                ("Car age", "1 year"), ("Car use", "Commute"), ("Annual miles declared", "12,500 mi"), ("Region", "Rural"), ("Territory", "35"),
            ],
            RatingRows.Of(rating));
    }

    [Fact]
    public void There_is_a_row_for_each_field_of_the_rating_variables()
    {
        var rating = new RatingVariables(30, Sex.Male, 0, MaritalStatus.Married, CarUse.Private, 650, Region.Urban, 8_000, 0, 11);

        Assert.Equal(typeof(RatingVariables).GetProperties().Length, RatingRows.Of(rating).Count);
    }
}
