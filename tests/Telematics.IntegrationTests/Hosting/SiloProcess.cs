using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Telematics.IntegrationTests.Hosting;

/// <summary>The standalone silo host run as a real process, as in production; killed, not stopped, when disposed.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, int gatewayPort)
    {
        _process = process;
        GatewayPort = gatewayPort;
    }

    public int GatewayPort { get; }

    public static async Task<SiloProcess> StartAsync(params string[] settings)
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Telematics.Silo.dll"));
        foreach (var setting in settings.Append($"--Telematics:SiloPort={siloPort}").Append($"--Telematics:GatewayPort={gatewayPort}"))
        {
            start.ArgumentList.Add(setting);
        }

        var silo = new SiloProcess(Process.Start(start)!, gatewayPort);
        await silo.WaitForGatewayAsync();
        return silo;
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
