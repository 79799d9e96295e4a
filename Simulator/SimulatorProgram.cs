using System.CommandLine;
using System.Text.Json;
using Telematics.Simulator.Commands;

namespace Telematics.Simulator;

public static class SimulatorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Telematics fleet simulator: drives simulated vehicles against the API.")
        {
            BatchCommand.Create(),
            ContinuousCommand.Create(),
            LoadCommand.Create(),
            DevicesCommand.Create(),
            AccuracyCommand.Create(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or IOException or HttpRequestException or JsonException)
        {
            // A bad option, profile file or answer from the API is the user's to fix: say what, without a stack trace.
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }
}
