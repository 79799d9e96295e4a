namespace Telematics.Pricing;

[GenerateSerializer, Immutable, Alias("telematics.PremiumUpdated")]
public sealed record PremiumUpdated(string DriverId, PremiumQuote Premium, PremiumQuote? Previous);
