using Microsoft.Extensions.Options;

namespace Telematics.Silo.Postgres;

/// <summary>Fails start-up on archive options that would lose events, naming the bad option.</summary>
public sealed class EventArchiveOptionsValidator : IValidateOptions<EventArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, EventArchiveOptions options) =>
        options.RetainMonths is < 1
            ? ValidateOptionsResult.Fail($"{EventArchiveOptions.Section}:RetainMonths must be at least 1 (or unset, to keep every month), so that the month just ended, whose late events still arrive, is kept.")
            : ValidateOptionsResult.Success;
}
