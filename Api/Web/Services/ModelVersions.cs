using System.Collections.Concurrent;
using System.Security.Claims;
using Telematics.Accounts;
using Telematics.Api.Admin;
using Telematics.Api.Audit;
using Telematics.Risk;

namespace Telematics.Api.Web.Services;

/// <summary>
/// The models page's reads and its one change, over the registry and grain the models API uses: the versions with their
/// validation figures, and making one current, recorded as <c>PUT /api/v1/admin/models/current</c> is.
/// </summary>
public sealed class ModelVersions(ModelRegistry models, IGrainFactory grains, PageAudit audit)
{
    public const string Action = "SetCurrentModel";
    public const string ResourceType = "model";

    /// <summary>A version's manifest never changes once saved, so each is read once (a manifest is 200 kB of JSON).</summary>
    private readonly ConcurrentDictionary<string, ModelVersionSummary> _summaries = new();

    /// <summary>The version this node scores with; the other nodes follow the cluster's choice within seconds.</summary>
    public string Current => models.Current.Version;

    /// <summary>The versions on disk, newest first.</summary>
    public IReadOnlyList<ModelVersionSummary> List() =>
        [.. models.Versions.Reverse().Select(v => _summaries.GetOrAdd(v, version => ModelVersionSummary.Of(models.ReadManifest(version))))];

    /// <summary>
    /// Makes <paramref name="version"/> current for an admin; anyone else, or a version not on disk, is refused (false)
    /// and recorded with the status the API answers (403, 400).
    /// </summary>
    public async Task<bool> MakeCurrentAsync(ClaimsPrincipal user, string version)
    {
        var after = AuditSummary.Of(new ModelsApi.SetCurrentRequest(version))!.Value;
        var refusal = !user.IsInRole(Roles.Admin) ? StatusCodes.Status403Forbidden
            : !models.Versions.Contains(version) ? StatusCodes.Status400BadRequest
            : (int?)null;
        if (refusal is { } status)
        {
            await audit.RecordAsync(user, Action, ResourceType, after.ResourceId!, null, after.Summary, status);
            return false;
        }

        var before = AuditSummary.Of(new ModelsApi.SetCurrentRequest(Current))!.Value.Summary;
        await models.MakeCurrentAsync(grains, version);
        await audit.RecordAsync(user, Action, ResourceType, after.ResourceId!, before, after.Summary, StatusCodes.Status200OK);
        return true;
    }
}
