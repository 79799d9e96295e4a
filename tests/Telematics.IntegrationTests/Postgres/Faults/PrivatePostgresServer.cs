using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>
/// A PostgreSQL server of the fault-injection suite's own, which it may restart and stop: the server scripts/test.sh
/// starts is shared by every test of the run. Started like that one (initdb into a temporary directory, loopback on a
/// free port, fsync off, as the postgres user when the tests run as root) from the binaries in TELEMATICS_PG_BIN.
/// Fails, never skips, when it cannot start.
/// </summary>
public sealed class PrivatePostgresServer : IAsyncLifetime
{
    private readonly string _bin = Environment.GetEnvironmentVariable("TELEMATICS_PG_BIN") is { Length: > 0 } bin
        ? bin
        : throw new InvalidOperationException(
            "TELEMATICS_PG_BIN is not set: run the tests with `bash scripts/test.sh`, which sets it to PostgreSQL's bin directory.");

    // initdb creates the directory itself, as the user who runs the server, who must own it.
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"telematics-private-pg-{Guid.NewGuid():N}");

    private readonly int _port = FreeLoopbackPort();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=telematics;Database=postgres";

    public async Task InitializeAsync()
    {
        await PgAsync("initdb", "-D", _data, "-U", "telematics", "--auth=trust", "-E", "UTF8");
        await StartAsync();
    }

    /// <summary>A fast restart: every session is ended, and the server answers again once it is back.</summary>
    public Task RestartAsync() => PgAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "restart");

    public Task StopAsync() => PgAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server; unlike a restart, a start does not reuse the options of the last run, so they are given each time.</summary>
    public Task StartAsync() => PgAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_data, "server.log"), "-w", "start",
        "-o", $"-h 127.0.0.1 -p {_port} -k {_data} -c fsync=off -c max_connections=100");

    public async Task DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "postmaster.pid")))
        {
            await StopAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>PostgreSQL refuses to run as root: then its tools run as the postgres user.</summary>
    private async Task PgAsync(string tool, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(_bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in asRoot ? ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
