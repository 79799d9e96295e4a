using System.Text.Json.Serialization;

namespace Telematics.Drivers;

/// <summary>Rating variables to change; what is null stays as it is. A field no rating variable has is refused, not ignored.</summary>
[GenerateSerializer, Immutable, Alias("telematics.RatingVariablesChange")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RatingVariablesChange(
    int? InsuredAge = null,
    Sex? InsuredSex = null,
    int? CarAge = null,
    MaritalStatus? Marital = null,
    CarUse? CarUse = null,
    int? CreditScore = null,
    Region? Region = null,
    double? AnnualMilesDeclared = null,
    int? YearsNoClaims = null,
    int? Territory = null)
{
    public RatingVariables ApplyTo(RatingVariables rating) => new(
        InsuredAge ?? rating.InsuredAge,
        InsuredSex ?? rating.InsuredSex,
        CarAge ?? rating.CarAge,
        Marital ?? rating.Marital,
        CarUse ?? rating.CarUse,
        CreditScore ?? rating.CreditScore,
        Region ?? rating.Region,
        AnnualMilesDeclared ?? rating.AnnualMilesDeclared,
        YearsNoClaims ?? rating.YearsNoClaims,
        Territory ?? rating.Territory);
}
