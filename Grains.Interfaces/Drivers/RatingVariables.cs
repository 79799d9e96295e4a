namespace Telematics.Drivers;

/// <summary>
/// The classical rating variables an insurer collects at underwriting, named as in the actuarial portfolio
/// (Insured.age, Insured.sex, Car.age, Marital, Car.use, Credit.score, Region, Annual.miles.drive, Years.noclaims, Territory).
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.RatingVariables")]
public sealed record RatingVariables(
    int InsuredAge,
    Sex InsuredSex,
    int CarAge,
    MaritalStatus Marital,
    CarUse CarUse,
    int CreditScore,
    Region Region,
    double AnnualMilesDeclared,
    int YearsNoClaims,
    int Territory);

[GenerateSerializer, Alias("telematics.Sex")]
public enum Sex { Male, Female }

[GenerateSerializer, Alias("telematics.MaritalStatus")]
public enum MaritalStatus { Married, Single }

[GenerateSerializer, Alias("telematics.CarUse")]
public enum CarUse { Commute, Private, Commercial, Farmer }

[GenerateSerializer, Alias("telematics.Region")]
public enum Region { Urban, Rural }
