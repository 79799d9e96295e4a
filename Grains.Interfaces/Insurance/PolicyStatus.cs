using System.Text.Json.Serialization;

namespace Telematics.Insurance;

/// <summary>
/// Where a policy stands. <see cref="Expired"/> is never stored: an active policy whose term has ended reads as expired
/// (<see cref="Policy.StatusAt"/>), so nothing has to run at midnight for it to be so.
/// </summary>
/// <remarks>Named in JSON wherever it is written, the audit trail's summaries too.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<PolicyStatus>))]
public enum PolicyStatus { Active, Expired, Renewed, Cancelled }
