using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration.Json;
using Telematics.Silo.Commands;
using Telematics.Silo.Hosting;
using Telematics.Silo.Observability;

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
        root.Subcommands.Add(AuditCommand.Create());
        root.SetAction((parsed, cancellation) => RunSiloAsync([.. parsed.UnmatchedTokens], cancellation));
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = ProcessTerminationTimeout });
    }

    /// <summary>
    /// The silo's settings (Silo/appsettings.json), copied beside the assembly under this name: the Api's
    /// appsettings.json lands in the same output folder wherever both are built together (the tests).
    /// </summary>
    public const string SettingsFile = "Telematics.Silo.settings.json";

    /// <summary>
    /// How long after SIGTERM System.CommandLine lets the process run: longer than the host's shutdown timeout (30 s).
    /// At its default of 2 s, silos stopped together were ended before they marked themselves dead in the membership
    /// table, and their rows stayed Active.
    /// </summary>
    private static readonly TimeSpan ProcessTerminationTimeout = TimeSpan.FromSeconds(45);

    /// <summary>Runs the silo with the service defaults the API has, served on its management port (<see cref="ManagementOptions"/>).</summary>
    private static async Task RunSiloAsync(string[] args, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        AddSettings(builder.Configuration);
        builder.WebHost.UseUrls(ManagementOptions.Read(builder.Configuration).Urls);
        builder.AddTelematicsServiceDefaults("telematics-silo");
        builder.UseOrleans(silo => silo.UseTelematics(builder.Configuration));
        var app = builder.Build();
        app.MapTelematicsServiceEndpoints();
        app.MapRecentTraces("/traces").RequireMetricsGate();
        await app.RunAsync(cancellation);
    }

    /// <summary>
    /// Reads the silo's settings from beside the assembly, whatever the working directory (`dotnet run --project Silo`
    /// from the repository root read none and logged everything at Information), after the content root's
    /// appsettings.json and before the environment and the command line, which still override them.
    /// </summary>
    private static void AddSettings(ConfigurationManager configuration)
    {
        var lastJson = configuration.Sources.ToList().FindLastIndex(s => s is JsonConfigurationSource);
        var settings = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, SettingsFile), Optional = false };
        settings.ResolveFileProvider();
        configuration.Sources.Insert(lastJson + 1, settings);
    }
}
