using System.Text.Json.Serialization;

namespace Telematics.Drivers;

/// <summary>
/// A change to a driver's profile, a typed partial update: a null (or absent) field stays as it is, an empty
/// <see cref="Email"/> or <see cref="Phone"/> removes it. A field the profile does not have is refused, not ignored, so
/// a misspelt field is a 400 rather than a silent no-op.
/// </summary>
[GenerateSerializer, Immutable, Alias("telematics.DriverProfileChange")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DriverProfileChange(string? Name = null, string? Email = null, string? Phone = null, RatingVariablesChange? Rating = null)
{
    public DriverRegistration ApplyTo(DriverRegistration registration) => registration with
    {
        Name = Name ?? registration.Name,
        Email = Email is null ? registration.Email : Email.Length == 0 ? null : Email,
        Phone = Phone is null ? registration.Phone : Phone.Length == 0 ? null : Phone,
        Rating = Rating?.ApplyTo(registration.Rating) ?? registration.Rating,
    };
}
