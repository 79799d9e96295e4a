namespace Telematics.Pricing;

/// <summary>
/// A driver's annual premium: what the classical rating alone would charge, what the telematics rating charges,
/// the discount (negative for a surcharge) and why.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.PremiumQuote")]
public sealed record PremiumQuote(
    decimal TraditionalPremium,
    decimal TelematicsPremium,
    double DiscountPct,
    string Reason,
    string ModelVersion,
    DateTimeOffset CalculatedAt);
