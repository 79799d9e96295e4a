using System.CommandLine;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary>
/// How <c>batch</c> and <c>continuous</c> deliver what they drive: event batches to the API (the default), or one
/// OsmAnd position per event to the Api's OsmAnd port, from a device registered for each vehicle.
/// </summary>
public sealed class OutputOptions(ApiCommandOptions api)
{
    public Option<string?> OsmAnd { get; } = new("--osmand")
    {
        Description = "Send every event as an OsmAnd position to this address (the Api's OsmAnd port, e.g. http://127.0.0.1:5055) instead of batches to the API.",
    };

    public void AddTo(Command command) => command.Options.Add(OsmAnd);

    /// <summary>Registers the fleet (and, for OsmAnd, a device per vehicle) as admin and returns where its events go.</summary>
    /// <param name="devices">The client OsmAnd positions go out on: devices send without the API's login.</param>
    /// <param name="policyStart">See <see cref="FleetRegistration.RegisterAsync"/>.</param>
    public async Task<IBatchSink> ConnectAsync(
        HttpClient http, HttpClient devices, ParseResult parse, IReadOnlyList<FleetMember> fleet, DateTimeOffset? policyStart, CancellationToken cancellationToken)
    {
        if (OsmAndEndpoint(parse) is not { } osmAnd)
        {
            return new ApiBatchSink(await api.ConnectFleetAsync(http, parse, fleet, policyStart, cancellationToken));
        }

        var client = await api.RegisterFleetAsync(http, parse, fleet, policyStart, cancellationToken);
        await DeviceRegistration.RegisterAsync(client, fleet.Select(m => (OsmAndQuery.DeviceIdOf(m.VehicleId), m.VehicleId)), "osmand", cancellationToken);
        return new OsmAndBatchSink(devices, osmAnd);
    }

    public string Destination(ParseResult parse) => OsmAndEndpoint(parse) is { } osmAnd ? $"OsmAnd at {osmAnd}" : api.BaseAddress(parse).ToString();

    private Uri? OsmAndEndpoint(ParseResult parse) => parse.GetValue(OsmAnd) switch
    {
        null => null,
        var text when Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" => uri,
        var text => throw new ArgumentException($"--osmand {text} is not an http(s) address."),
    };
}
