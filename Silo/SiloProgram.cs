using System.CommandLine;
using Telematics.Silo.Commands;
using Telematics.Silo.Hosting;

namespace Telematics.Silo;

/// <summary>
/// The standalone silo host: the same grains as the Api's co-hosted silo, without HTTP. With no sub-command it runs the
/// silo; tools such as <c>model</c> are sub-commands. Unmatched tokens (<c>--Telematics:Mode=Postgres</c>) go to the host's configuration.
/// </summary>
public static class SiloProgram
{
    public static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Telematics silo host; with no command, runs the silo.") { TreatUnmatchedTokensAsErrors = false };
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(DatabaseCommands.Migrate());
        root.Subcommands.Add(DatabaseCommands.Partitions());
        root.Subcommands.Add(RescoreCommand.Create());
        root.SetAction((parsed, cancellation) => RunSiloAsync([.. parsed.UnmatchedTokens], cancellation));
        return root.Parse(args).InvokeAsync();
    }

    private static async Task RunSiloAsync(string[] args, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));
        await builder.Build().RunAsync(cancellation);
    }
}
