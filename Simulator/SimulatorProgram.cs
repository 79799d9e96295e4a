using System.CommandLine;
using Telematics.Simulator.Commands;

namespace Telematics.Simulator;

public static class SimulatorProgram
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Telematics fleet simulator: drives simulated vehicles against the API.")
        {
            BatchCommand.Create(),
            ContinuousCommand.Create(),
            LoadCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
