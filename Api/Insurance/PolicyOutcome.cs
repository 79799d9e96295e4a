using Telematics.Insurance;

namespace Telematics.Api.Insurance;

/// <summary>
/// What an admin's policy change came to, for the API to answer and the web app to show, and for both to record alike
/// in the audit trail: the status the API answers, the policy it changed (when known), the policy before and after,
/// and for a refusal the field errors or the problem's title and text.
/// </summary>
public sealed record PolicyOutcome(
    int Status,
    string? ResourceId,
    PolicyResponse? Before = null,
    PolicyResponse? After = null,
    Dictionary<string, string[]>? Errors = null,
    string? Title = null,
    string? Detail = null)
{
    public static PolicyOutcome Invalid(Dictionary<string, string[]> errors, string? resourceId = null) =>
        new(StatusCodes.Status400BadRequest, resourceId, Errors: errors);

    public static PolicyOutcome UnknownDriver(string number, string driverId) =>
        new(StatusCodes.Status404NotFound, number, Title: "Unknown driver", Detail: $"Driver '{driverId}' is not registered.");

    /// <summary>The store's refusal of a change to <paramref name="number"/> (the one the problem names: a taken renewal number is the renewal's).</summary>
    public static PolicyOutcome Refused(PolicyWriteResult result, string resourceId, string number, PolicyResponse? before = null) => result switch
    {
        PolicyWriteResult.NotFound => new(StatusCodes.Status404NotFound, resourceId, before, Title: "Not found", Detail: $"There is no policy '{number}'."),
        PolicyWriteResult.NumberTaken => new(StatusCodes.Status409Conflict, resourceId, before, Title: "Policy number taken", Detail: $"The policy number '{number}' is taken."),
        PolicyWriteResult.DriverHasActivePolicy => new(
            StatusCodes.Status409Conflict, resourceId, before, Title: "Driver has an active policy", Detail: "The driver has an active policy already; renew or cancel it first."),
        _ => new(StatusCodes.Status409Conflict, resourceId, before, Title: "Policy not active", Detail: $"The policy '{number}' is not active (renewed or cancelled already)."),
    };
}
