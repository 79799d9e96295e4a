using Telematics.Pricing;

namespace Telematics.Insurance;

/// <summary>
/// One entry of a policy's premium history: the telematics premium from <see cref="At"/> on, the model version that
/// priced it, and why it changed (the trip, rescoring job, rating change or issue that caused it).
/// </summary>
public sealed record PremiumChange(DateTimeOffset At, decimal TelematicsPremium, decimal TraditionalPremium, double DiscountPct, string ModelVersion, string Reason)
{
    public static PremiumChange Of(PremiumQuote quote, string reason) =>
        new(quote.CalculatedAt, quote.TelematicsPremium, quote.TraditionalPremium, quote.DiscountPct, quote.ModelVersion, reason);

    /// <summary>Whether going from <paramref name="before"/> to <paramref name="after"/> is a change of the history: another premium or another model.</summary>
    public static bool IsChange(PremiumQuote? before, PremiumQuote after) =>
        before is null || before.TelematicsPremium != after.TelematicsPremium || before.ModelVersion != after.ModelVersion;
}
