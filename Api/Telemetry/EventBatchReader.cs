using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Telematics.Api.Hosting;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Telematics.Api.Telemetry;

/// <summary>
/// Reads a batch off a request within <see cref="IngestionOptions"/>: a body over <see cref="IngestionOptions.MaxBodyBytes"/>
/// is refused from its Content-Length or, sent without one, as soon as the server has read that much; an events array
/// over <see cref="IngestionOptions.MaxBatchSize"/> is refused at the first event too many.
/// </summary>
public sealed class EventBatchReader
{
    private readonly IngestionOptions _options;

    public EventBatchReader(IOptions<HttpJsonOptions> json, IOptions<IngestionOptions> options)
    {
        _options = options.Value;
        var maxCount = _options.MaxBatchSize;
        SerializerOptions = new JsonSerializerOptions(json.Value.SerializerOptions)
        {
            TypeInfoResolver = (json.Value.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(type =>
                {
                    if (type.Type == typeof(EventList))
                    {
                        type.CreateObject = () => new EventList(maxCount);
                    }
                }),
        };
    }

    /// <summary>The options batches are read with; the warm-up reads with them so that it compiles this path.</summary>
    public JsonSerializerOptions SerializerOptions { get; }

    /// <summary>The batch, or the problem to answer with instead: 413 for a body too large, 400 naming the field for the rest.</summary>
    public async Task<(EventBatchRequest? Batch, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _options.MaxBodyBytes)
        {
            return (null, BodyTooLarge());
        }

        // Kestrel then stops reading a body sent without Content-Length at the limit, with a 413 BadHttpRequestException.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = _options.MaxBodyBytes;
        }

        try
        {
            return (await request.ReadFromJsonAsync<EventBatchRequest>(SerializerOptions, cancellationToken), null);
        }
        catch (JsonException ex)
        {
            return (null, Invalid(JsonFieldPath.Of(ex), ex.Message, "The body is not a valid event batch."));
        }
        catch (TooManyEventsException ex)
        {
            return (null, Invalid("events", ex.Message, "The event batch is too large; nothing of it was stored."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, BodyTooLarge());
        }
    }

    private ProblemHttpResult BodyTooLarge() => TypedResults.Problem(
        $"A batch's body may be at most {_options.MaxBodyBytes} bytes; send the events in smaller batches.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large; nothing of it was stored.");

    private static ProblemHttpResult Invalid(string field, string message, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Title = title,
            Status = StatusCodes.Status400BadRequest,
        });
}
