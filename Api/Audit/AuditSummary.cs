using System.Text.Json;
using Telematics.Api.Accounts;
using Telematics.Api.Admin;
using Telematics.Api.Fleet;
using Telematics.Api.Rescoring;

namespace Telematics.Api.Audit;

/// <summary>
/// The resource id and after-summary an audited request's body gives: JSON of its fields, passwords only as whether one
/// was set, cut at <see cref="MaxLength"/> so that a 100,000-driver rescoring list does not become a 1.5 MB entry.
/// </summary>
public static class AuditSummary
{
    public const int MaxLength = 2_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (string? ResourceId, string Summary)? Of(object? argument) => argument switch
    {
        RegisterDriverRequest r => (r.DriverId, Serialize(new { r.DriverId, r.Name, r.Rating, r.PolicyStart, Login = r.Password is not null })),
        RegisterVehicleRequest r => (r.VehicleId, Serialize(r)),
        RegisterDeviceRequest r => (r.DeviceId, Serialize(r)),
        ModelsApi.SetCurrentRequest r => ("current", Serialize(r)),
        RescoringApi.StartRescoringRequest r => (null, Serialize(new { r.DriverIds, r.ModelVersion, r.BatchSize, r.Category, r.MinScore, r.MaxScore })),
        CreateUserRequest r => (r.Username, Serialize(new { r.Username, r.Role, r.DriverId })),
        SetRoleRequest r => (null, Serialize(r)),
        // The times are left out: the entry has its own, and a changed time in the before and after would be all they differ by.
        UserResponse r => (r.Username, Serialize(new { r.Username, r.Role, r.Status, r.DriverId })),
        SimulatedTripRequest r => (r.DriverId, Serialize(new { r.DriverId, r.Profile, r.Legs })),
        _ => null,
    };

    public static string Cut(string summary) =>
        summary.Length <= MaxLength ? summary : $"{summary[..MaxLength]}… ({summary.Length:N0} characters)";

    /// <summary>A before or after summary a handler records itself: the value as JSON, cut.</summary>
    public static string Serialize<T>(T value) => Cut(JsonSerializer.Serialize(value, Json));
}
