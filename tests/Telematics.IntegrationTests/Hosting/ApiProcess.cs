using System.Diagnostics;

namespace Telematics.IntegrationTests.Hosting;

/// <summary>
/// The built Api run as its own process, configured only by environment variables as an operator would, without the
/// built-in fleet; killed when disposed. Its working set is the server's alone, which an in-process test cannot tell.
/// </summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Starts the Api with these variables added to the test's own, and waits until <paramref name="address"/> answers /health.</summary>
    public static async Task<ApiProcess> StartAsync(Uri address, IReadOnlyDictionary<string, string> environment)
    {
        var process = Start(environment);
        var api = new ApiProcess(process, address);
        await api.WaitForHealthAsync();
        return api;
    }

    /// <summary>Starts the Api and waits for it to exit on its own, for a start-up that must be refused: its exit code and error output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        using var process = Start(environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The Api kept running for 60 s; its start-up was expected to be refused.");
        }

        return (process.ExitCode, await output + await error);
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Telematics.Api.dll"));
        start.Environment["Telematics__Fleet__Enabled"] = "false";
        start.Environment["Telematics__Ingestion__WarmUp"] = "00:00:00";
        start.Environment["Telematics__SiloPort"] = SiloProcess.FreePort().ToString();
        start.Environment["Telematics__GatewayPort"] = SiloProcess.FreePort().ToString();
        start.Environment["Telematics__Devices__TeltonikaPort"] = SiloProcess.FreePort().ToString();
        start.Environment["Telematics__Devices__OsmAndPort"] = SiloProcess.FreePort().ToString();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task WaitForHealthAsync()
    {
        // Drained so that a chatty log cannot fill the pipe and stall the process.
        var output = _process.StandardOutput.ReadToEndAsync();
        var error = _process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!_process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        var why = _process.HasExited ? await output + await error : $"no answer at {Address}health within 90 s";
        Dispose();
        throw new InvalidOperationException($"The Api process did not start: {why}");
    }
}
