using System.Net.Mail;
using Telematics.Api.Admin;
using Telematics.Drivers;

namespace Telematics.Api.Drivers;

/// <summary>The checks of a profile update, field by field; the rating variables are checked as they will be once changed.</summary>
public static class DriverProfileValidator
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 32;

    public static Dictionary<string, string[]> Validate(DriverProfileChange change, RatingVariables current)
    {
        var errors = new Dictionary<string, string[]>();
        if (change.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength))
        {
            errors["name"] = [$"must be 1–{MaxNameLength} characters, not blank."];
        }

        // Empty removes a contact detail.
        if (change.Email is { Length: > 0 } email && (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email))
        {
            errors["email"] = ["must be an e-mail address (or empty, to remove it)."];
        }

        if (change.Phone is { Length: > 0 } phone && (phone.Length > MaxPhoneLength || !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')))
        {
            errors["phone"] = [$"must be at most {MaxPhoneLength} digits, spaces and + - ( ) (or empty, to remove it)."];
        }

        if (change.Rating is { } rating)
        {
            RegistrationValidator.Rating(errors, rating.ApplyTo(current));
        }

        return errors;
    }
}
