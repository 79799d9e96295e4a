using System.CommandLine;
using System.Net;
using Telematics.Simulator.Devices;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary>
/// How <c>batch</c> and <c>continuous</c> deliver what they drive: event batches to the API (the default), one OsmAnd
/// position per event to the Api's OsmAnd port, or Codec 8 packets to its Teltonika port, from a device registered for
/// each vehicle (OsmAnd id <c>osmand-VEH-n</c>; Teltonika IMEI <see cref="DeviceImei.For"/> of n).
/// </summary>
public sealed class OutputOptions(ApiCommandOptions api)
{
    public Option<string?> OsmAnd { get; } = new("--osmand")
    {
        Description = "Send every event as an OsmAnd position to this address (the Api's OsmAnd port, e.g. http://127.0.0.1:5055) instead of batches to the API.",
    };

    public Option<string?> Teltonika { get; } = new("--teltonika")
    {
        Description = "Send the events as Codec 8 packets over TCP to this host:port (the Api's Teltonika port, e.g. 127.0.0.1:5027), one connection per vehicle, instead of batches to the API.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(OsmAnd);
        command.Options.Add(Teltonika);
        command.Validators.Add(result =>
        {
            if (result.GetResult(OsmAnd) is not null && result.GetResult(Teltonika) is not null)
            {
                result.AddError("Choose one of --osmand and --teltonika.");
            }
        });
    }

    /// <summary>Registers the fleet (and, for OsmAnd or Teltonika, a device per vehicle) as admin and returns where its events go.</summary>
    /// <param name="devices">The client OsmAnd positions go out on: devices send without the API's login.</param>
    /// <param name="policyStart">See <see cref="FleetRegistration.RegisterAsync"/>.</param>
    public async Task<IBatchSink> ConnectAsync(
        HttpClient http, HttpClient devices, ParseResult parse, IReadOnlyList<FleetMember> fleet, DateTimeOffset? policyStart, CancellationToken cancellationToken)
    {
        if (OsmAndEndpoint(parse) is { } osmAnd)
        {
            await RegisterDevicesAsync("osmand", fleet.ToDictionary(m => m.VehicleId, m => OsmAndQuery.DeviceIdOf(m.VehicleId)));
            return new OsmAndBatchSink(devices, osmAnd);
        }

        if (TeltonikaEndpoint(parse) is { } teltonika)
        {
            var imeis = fleet.ToDictionary(m => m.VehicleId, m => DeviceImei.For(m.Number));
            await RegisterDevicesAsync("teltonika", imeis);
            return new TeltonikaBatchSink(teltonika, imeis);
        }

        return new ApiBatchSink(await api.ConnectFleetAsync(http, parse, fleet, policyStart, cancellationToken));

        async Task RegisterDevicesAsync(string protocol, IReadOnlyDictionary<string, string> deviceIdByVehicle)
        {
            var client = await api.RegisterFleetAsync(http, parse, fleet, policyStart, cancellationToken);
            await DeviceRegistration.RegisterAsync(client, deviceIdByVehicle.Select(d => (d.Value, d.Key)), protocol, cancellationToken);
        }
    }

    public string Destination(ParseResult parse) =>
        OsmAndEndpoint(parse) is { } osmAnd ? $"OsmAnd at {osmAnd}"
        : TeltonikaEndpoint(parse) is { } teltonika ? $"Teltonika at {teltonika.Host}:{teltonika.Port}"
        : api.BaseAddress(parse).ToString();

    /// <summary>The OsmAnd listener's address as <c>--osmand</c> gives it.</summary>
    public static Uri OsmAndAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : throw new ArgumentException($"--osmand {text} is not an http(s) address.");

    /// <summary>The Teltonika listener's address as <c>--teltonika</c> gives it.</summary>
    public static DnsEndPoint TeltonikaAddress(string text) =>
        Uri.TryCreate($"tcp://{text}", UriKind.Absolute, out var uri) && !uri.IsDefaultPort && uri.AbsolutePath == "/"
            ? new DnsEndPoint(uri.DnsSafeHost, uri.Port)
            : throw new ArgumentException($"--teltonika {text} is not a host:port address.");

    private Uri? OsmAndEndpoint(ParseResult parse) => parse.GetValue(OsmAnd) is { } text ? OsmAndAddress(text) : null;

    private DnsEndPoint? TeltonikaEndpoint(ParseResult parse) => parse.GetValue(Teltonika) is { } text ? TeltonikaAddress(text) : null;
}
