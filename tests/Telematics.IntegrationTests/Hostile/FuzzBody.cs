using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Telematics.IntegrationTests.Hostile;

/// <summary>
/// A request body for <c>POST /api/v1/telemetry/events</c>, valid or broken: field values of every JSON type where a
/// number or a string belongs, non-finite and out-of-range numbers, nested junk, unknown fields, truncated JSON.
/// <see cref="TimestampSlot"/> marks where the test puts a fresh valid timestamp.
/// </summary>
public sealed record FuzzBody(string Json)
{
    public const string TimestampSlot = "\"@TS@\"";
    public const string VehicleId = "VEH-FUZZ";

    private static readonly string[] Fields =
        ["eventId", "timestamp", "latitude", "longitude", "speedMps", "headingDeg", "accelLongMps2", "accelLatMps2", "accuracyM", "ignition", "speedLimitMps", "phoneInUse", "extra"];

    private static readonly string[] Junk =
    [
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"13.4\"", "\"\"", "\"north\"", "1e400", "-1e400", "1e308", "-0", "4.9e-324",
        "123456789012345678901234567890", "null", "true", "[]", "{}", "[1,{\"a\":[null,{\"b\":{}}]}]", "{\"$ref\":\"#\"}",
        "\"\\u0000\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"DRV-\\u00e9\"", $"\"{new string('x', 5000)}\"",
        "\"2099-01-01T00:00:00Z\"", "\"1999-12-31T23:59:59Z\"", "\"2026-13-45T99:00:00Z\"", "\"yesterday\"",
    ];

    /// <summary>Junk, a number that may be out of range, or the field's valid value; never a valid ignition off, which would end the trip the fuzz follows.</summary>
    private static readonly Gen<(string Field, string Value)> Mutation =
        from name in Gen.Elements(Fields)
        from value in Gen.OneOf(
            Gen.Elements(Junk),
            Gen.Choose(-2000, 2000).Select(i => (i / 10.0).ToString(CultureInfo.InvariantCulture)),
            Gen.Constant(Valid().FirstOrDefault(f => f.Key == name).Value ?? "1"))
        select (name, name == "ignition" && value == "false" ? "true" : value);

    /// <summary>A valid event three times in ten; else one or two fields changed, or many, and sometimes one dropped.</summary>
    private static readonly Gen<string> Event =
        from mutations in Gen.Frequency((3, Gen.Constant(0)), (6, Gen.Choose(1, 2)), (1, Gen.Choose(3, 8))).SelectMany(n => Gen.ListOf(Mutation, n))
        from dropped in Gen.Frequency((9, Gen.Constant("")), (1, Gen.Elements(Fields)))
        select "{" + string.Join(",", Valid()
            .Where(f => f.Key != dropped)
            .Concat(mutations.Select(m => KeyValuePair.Create(m.Field, m.Value)))
            .GroupBy(f => f.Key).Select(g => $"\"{g.Key}\":{g.Last().Value}")) + "}";

    private static readonly Gen<string> Batch =
        from vehicle in Gen.Frequency((9, Gen.Constant($"\"{VehicleId}\"")), (1, Gen.Elements(Junk)))
        from events in Gen.Choose(1, 2).SelectMany(n => Gen.ListOf(Event, n))
        from shape in Gen.Choose(0, 9)
        select shape switch
        {
            0 => $"{{\"vehicleId\":{vehicle},\"events\":{{\"0\":{events[0]}}}}}",
            1 => $"[{string.Join(",", events)}]",
            _ => $"{{\"vehicleId\":{vehicle},\"events\":[{string.Join(",", events)}]}}",
        };

    public static Arbitrary<FuzzBody> Bodies() =>
        (from body in Batch
         from cut in Gen.Frequency((4, Gen.Constant(-1)), (1, Gen.Choose(0, body.Length - 1)))
         select new FuzzBody(cut < 0 ? body : body[..cut])).ToArbitrary();

    private static IEnumerable<KeyValuePair<string, string>> Valid() =>
    [
        new("timestamp", TimestampSlot), new("latitude", "45.5"), new("longitude", "-73.6"), new("speedMps", "13.4"),
        new("headingDeg", "90"), new("accelLongMps2", "-0.1"), new("accelLatMps2", "0.4"), new("accuracyM", "5"), new("ignition", "true"),
    ];

    public override string ToString() => Json.Length > 2000 ? Json[..2000] + "…" : Json;
}
