using System.CommandLine;
using System.Net;
using Telematics.Simulator.Api;
using Telematics.Simulator.Fleet;

namespace Telematics.Simulator.Commands;

/// <summary>Where the API is and how to log in; shared by every command that talks to it.</summary>
public sealed class ApiCommandOptions
{
    public Option<string> Api { get; } = new("--api") { Description = "Base address of the API.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };

    public Option<string> Admin { get; } = new("--admin") { Description = "Admin login as user:password.", DefaultValueFactory = _ => "admin:admin-dev" };

    public Option<string> Device { get; } = new("--device") { Description = "Shared device login as user:password (Embedded mode only).", DefaultValueFactory = _ => "device:device-dev" };

    public Option<bool> DeviceKeys { get; } = new("--device-keys")
    {
        Description = "Register a batch-API device per vehicle and send each vehicle's events with its own key, as outside Embedded mode every device must.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Api);
        command.Options.Add(Admin);
        command.Options.Add(Device);
        command.Options.Add(DeviceKeys);
    }

    public Uri BaseAddress(ParseResult parse) => new(parse.GetValue(Api)!);

    public ApiCredentials AdminLogin(ParseResult parse) => ApiCredentials.Parse(parse.GetValue(Admin)!);

    public ApiCredentials DeviceLogin(ParseResult parse) => ApiCredentials.Parse(parse.GetValue(Device)!);

    /// <summary>
    /// Registers the fleet as admin, then signs in what will send its events: a device per vehicle with its own key
    /// (<c>--device-keys</c>), or the shared device login.
    /// </summary>
    /// <param name="policyStart">See <see cref="FleetRegistration.RegisterAsync"/>.</param>
    public async Task<TelematicsApiClient> ConnectFleetAsync(
        HttpClient http, ParseResult parse, IReadOnlyList<FleetMember> fleet, DateTimeOffset? policyStart, CancellationToken cancellationToken)
    {
        var client = await RegisterFleetAsync(http, parse, fleet, policyStart, cancellationToken);
        if (parse.GetValue(DeviceKeys))
        {
            await client.SignInDevicesAsync(fleet.Select(m => m.VehicleId), cancellationToken);
        }
        else
        {
            await client.LoginAsync(DeviceLogin(parse), cancellationToken);
        }

        return client;
    }

    /// <summary>Logs in as admin and registers the fleet; the client stays logged in as admin.</summary>
    /// <param name="policyStart">See <see cref="FleetRegistration.RegisterAsync"/>.</param>
    public async Task<TelematicsApiClient> RegisterFleetAsync(
        HttpClient http, ParseResult parse, IReadOnlyList<FleetMember> fleet, DateTimeOffset? policyStart, CancellationToken cancellationToken)
    {
        var client = new TelematicsApiClient(http);
        await client.LoginAsync(AdminLogin(parse), cancellationToken);
        await FleetRegistration.RegisterAsync(client, fleet, policyStart, cancellationToken);
        return client;
    }

    /// <summary>The API's address, refused unless it is on this machine: load is for loopback only.</summary>
    public Uri LoopbackApi(ParseResult parse)
    {
        var api = BaseAddress(parse);
        var loopback = api.IsLoopback || (IPAddress.TryParse(api.Host, out var address) && IPAddress.IsLoopback(address));
        return loopback ? api : throw new ArgumentException($"--api {api} is not a loopback address; load runs against this machine only.");
    }
}
