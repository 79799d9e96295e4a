using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

// The floor of the end-to-end harness (bench/run-e2e.sh): a Kestrel server that answers the load generator's requests
// without doing their work (no token check, no validation, no grain, no storage), so that the API's latency is reported
// beside what any HTTP server reaches on the same machine, with the same generator, in the same run.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var score = new { expectedClaimFrequency = 0.0612, score = 41.7, category = "Average", modelVersion = "bare", calculatedAt = DateTimeOffset.UnixEpoch };
app.MapPost("/api/v1/auth/login", () => Results.Ok(new { token = "bare" }));
app.MapPost("/api/v1/admin/drivers", () => Results.StatusCode(StatusCodes.Status201Created));
app.MapPost("/api/v1/admin/vehicles", () => Results.StatusCode(StatusCodes.Status201Created));
// The generator's --device-keys (PostgreSQL mode): a device per vehicle, its key exchanged for its token.
app.MapPost("/api/v1/admin/devices", () => Results.Json(new { key = "bare" }, statusCode: StatusCodes.Status201Created));
app.MapPost("/api/v1/auth/device", () => Results.Ok(new { token = "bare" }));
app.MapGet("/api/v1/risk/{id}/score", () => Results.Ok(score));
// Reads the whole batch and tokenises it to count its events, building nothing: the cost of receiving a batch at all.
app.MapPost("/api/v1/telemetry/events", async (HttpRequest request) =>
{
    var body = await ReadToEndAsync(request.BodyReader);
    var events = CountEvents(body.Buffer);
    request.BodyReader.AdvanceTo(body.Buffer.End);
    return Results.Accepted(value: new { accepted = events, duplicates = 0 });
});
app.Run();

static async Task<ReadResult> ReadToEndAsync(PipeReader reader)
{
    var result = await reader.ReadAsync();
    while (!result.IsCompleted)
    {
        reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        result = await reader.ReadAsync();
    }

    return result;
}

// An event is an object in the batch's "events" array: depth 2 under the batch object.
static int CountEvents(ReadOnlySequence<byte> body)
{
    var reader = new Utf8JsonReader(body);
    var events = 0;
    while (reader.Read())
    {
        if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 2)
        {
            events++;
        }
    }

    return events;
}
