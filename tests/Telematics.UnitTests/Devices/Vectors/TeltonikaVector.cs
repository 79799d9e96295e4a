using System.Text.RegularExpressions;

namespace Telematics.UnitTests.Devices.Vectors;

/// <summary>One line of <c>teltonika_vectors.txt</c>: the bytes, and the facts our independent decode lists for them.</summary>
public sealed partial record TeltonikaVector(string Id, string Transport, string Conditions, byte[] Bytes, string Facts)
{
    public static readonly IReadOnlyList<TeltonikaVector> All = VectorFiles.Lines("teltonika_vectors.txt")
        .Select(fields => new TeltonikaVector(fields[0], fields[1], fields[2], fields[4] == "-" ? [] : Convert.FromHexString(fields[4]), fields[5]))
        .ToList();

    public static TeltonikaVector Get(string id) => All.Single(v => v.Id == id);

    /// <summary>Whether the device must say it sends the optional 16-byte IO group.</summary>
    public bool SixteenByteGroup => Conditions.Contains("teltonika.extended=true");

    /// <summary>A <c>key=value</c> fact, or null when the line does not list it.</summary>
    public string? Fact(string key) => FactPattern().Matches(Facts).FirstOrDefault(m => m.Groups[1].Value == key)?.Groups[2].Value;

    public override string ToString() => Id;

    [GeneratedRegex(@"(?<![\w.])(\w+)=([^;\s]+)")]
    private static partial Regex FactPattern();
}
