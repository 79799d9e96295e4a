using Microsoft.Extensions.Options;

namespace Telematics.Silo.Observability;

public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options) =>
        options.ScrapeToken.Length is > 0 and < MetricsOptions.MinScrapeTokenLength
            ? ValidateOptionsResult.Fail($"{MetricsOptions.Section}:ScrapeToken must be at least {MetricsOptions.MinScrapeTokenLength} characters.")
            : ValidateOptionsResult.Success;
}
