namespace Telematics.UnitTests.Devices.Vectors;

/// <summary>One line of <c>osmand_samples.txt</c>: how it is sent, and the request (path and query, or JSON body).</summary>
public sealed record OsmAndSample(string Id, string Method, string Request, string Derived)
{
    public static readonly IReadOnlyList<OsmAndSample> All = VectorFiles.Lines("osmand_samples.txt")
        .Select(fields => new OsmAndSample(fields[0], fields[1], fields[3], fields[4]))
        .ToList();

    public static OsmAndSample Get(string id) => All.Single(s => s.Id == id);

    public bool IsJson => Method.Contains("application/json");

    /// <summary>The query-form parameters, decoded.</summary>
    public IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> Query =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request[Request.IndexOf('?')..]);

    public override string ToString() => Id;
}
