using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Telematics.IntegrationTests.Hosting;

/// <summary>The standalone silo host run as a real process, as in production; killed, if not stopped, when disposed.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloProcess(Process process, int gatewayPort, int managementPort)
    {
        _process = process;
        GatewayPort = gatewayPort;
        Management = new Uri($"http://127.0.0.1:{managementPort}/");
    }

    public int GatewayPort { get; }

    /// <summary>The silo's management endpoints: health, readiness, metrics and recent traces.</summary>
    public Uri Management { get; }

    /// <summary>What the silo wrote to its standard output (its console log) so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static Task<SiloProcess> StartAsync(params string[] settings) => StartInAsync(Environment.CurrentDirectory, settings);

    public static async Task<SiloProcess> StartInAsync(string workingDirectory, params string[] settings)
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var managementPort = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Telematics.Silo.dll"));
        foreach (var setting in settings.Append($"--Telematics:SiloPort={siloPort}").Append($"--Telematics:GatewayPort={gatewayPort}")
                     .Append($"--Telematics:Management:Urls=http://127.0.0.1:{managementPort}"))
        {
            start.ArgumentList.Add(setting);
        }

        var silo = new SiloProcess(Process.Start(start)!, gatewayPort, managementPort);
        silo._process.OutputDataReceived += (_, line) => silo._output.Enqueue(line.Data ?? "");
        silo._process.BeginOutputReadLine();
        await silo.WaitForGatewayAsync();
        return silo;
    }

    /// <summary>SIGTERM, as an orchestrator stops a silo: the host shuts down gracefully; waits until the process exits.</summary>
    public async Task StopAsync()
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await term.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGKILL: the silo gets no chance to hand anything over.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitForGatewayAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!_process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, GatewayPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        var why = _process.HasExited ? await _process.StandardError.ReadToEndAsync() : "no gateway within 60 s";
        Dispose();
        throw new InvalidOperationException($"The silo process did not start: {why}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
