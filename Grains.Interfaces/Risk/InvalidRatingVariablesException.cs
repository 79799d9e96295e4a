namespace Telematics.Risk;

/// <summary>A driver's rating variables cannot be scored: a missing, impossible or unknown value, named in the message.</summary>
[GenerateSerializer, Alias("telematics.InvalidRatingVariablesException")]
public sealed class InvalidRatingVariablesException(string[] problems)
    : Exception("Rating variables cannot be scored: " + string.Join("; ", problems) + ".")
{
    [Id(0)]
    public string[] Problems { get; } = problems;
}
