using System.Globalization;
using System.Text.RegularExpressions;

namespace Telematics.UnitTests.Devices.Vectors;

/// <summary>
/// One line of <c>teltonika_vectors_decoded.txt</c>: a record's GPS element and every IO element, as an independent
/// decoder read them. IO values are the unsigned numbers sent, or hex for variable-length and 16-byte values.
/// </summary>
public sealed partial record ExpectedRecord(string VectorId, int Number, IReadOnlyDictionary<string, string> Gps, IReadOnlyDictionary<int, string> Io)
{
    public static readonly IReadOnlyList<ExpectedRecord> All = VectorFiles.Lines("teltonika_vectors_decoded.txt").Select(Parse).ToList();

    public static IReadOnlyList<ExpectedRecord> Of(string vectorId) => All.Where(r => r.VectorId == vectorId).OrderBy(r => r.Number).ToList();

    public DateTimeOffset Time => DateTimeOffset.Parse(Gps["time"], CultureInfo.InvariantCulture);

    private static ExpectedRecord Parse(string[] fields)
    {
        var id = fields[0].Split('.');
        var gps = Pair().Matches(fields[1]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var io = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('='))
            .ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => p[1]);
        return new ExpectedRecord(id[0], int.Parse(id[1], CultureInfo.InvariantCulture), gps, io);
    }

    [GeneratedRegex(@"(\w+)=(\S+)")]
    private static partial Regex Pair();
}
