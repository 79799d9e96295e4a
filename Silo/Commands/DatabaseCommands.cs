using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Telematics.Silo.Postgres;

namespace Telematics.Silo.Commands;

/// <summary>
/// <c>migrate</c> and <c>partitions list | create | detach</c> against the PostgreSQL database named by
/// <c>--connection</c> or <c>ConnectionStrings__Postgres</c>. Silos also migrate at start; the command lets an operator
/// do it ahead of a deployment.
/// </summary>
public static class DatabaseCommands
{
    // No default value: help would print it, and a connection string may hold a password.
    internal static readonly Option<string> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string (default: the ConnectionStrings__Postgres environment variable).",
    };

    public static Command Migrate()
    {
        var command = new Command("migrate", "Create or update the database schema (Orleans tables, event archive, read model).") { Connection };
        command.SetAction((parsed, cancellationToken) => WithDatabase(parsed, async dataSource =>
        {
            var applied = await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0 ? "The schema is current." : $"Applied: {string.Join(", ", applied)}");
        }));
        return command;
    }

    public static Command Partitions()
    {
        var months = new Option<int>("--months") { Description = "Months ahead of the current one.", DefaultValueFactory = _ => 3 };
        var before = new Option<DateOnly>("--before") { Description = "Detach the monthly partitions that end on or before this date (yyyy-MM-dd).", Required = true };

        var list = new Command("list", "List the event archive's partitions.") { Connection };
        list.SetAction((parsed, cancellationToken) => WithDatabase(parsed, async dataSource =>
        {
            foreach (var p in await EventPartitions.ListAsync(dataSource, cancellationToken))
            {
                Console.WriteLine($"{p.Name,-28} {p.EstimatedRows,12:N0} rows  {p.Range}");
            }
        }));

        var create = new Command("create", "Create the monthly partitions up to N months ahead, and those of past months the default partitions hold rows of.") { Connection, months };
        create.SetAction((parsed, cancellationToken) => WithDatabase(parsed, async dataSource =>
        {
            IReadOnlyList<string> created = [
                .. await EventPartitions.CreateAheadAsync(dataSource, parsed.GetValue(months), cancellationToken),
                .. await EventPartitions.MoveDefaultRowsAsync(dataSource, cancellationToken)];
            Console.WriteLine(created.Count == 0 ? "Every partition already exists." : $"Created: {string.Join(", ", created)}");
        }));

        var detach = new Command("detach", "Detach old monthly partitions (kept as tables, for archiving elsewhere).") { Connection, before };
        detach.SetAction((parsed, cancellationToken) => WithDatabase(parsed, async dataSource =>
        {
            var detached = await EventPartitions.DetachBeforeAsync(dataSource, parsed.GetRequiredValue(before), cancellationToken);
            Console.WriteLine(detached.Count == 0 ? "Nothing to detach." : $"Detached: {string.Join(", ", detached)}");
        }));

        return new Command("partitions", "Manage the monthly partitions of the event archive.") { list, create, detach };
    }

    internal static Task<int> WithDatabase(ParseResult parsed, Func<NpgsqlDataSource, Task> action) =>
        WithDatabase(parsed, async dataSource =>
        {
            await action(dataSource);
            return 0;
        });

    /// <returns>The action's exit code, or 1 when there is no database or it cannot be reached.</returns>
    internal static async Task<int> WithDatabase(ParseResult parsed, Func<NpgsqlDataSource, Task<int>> action)
    {
        var connection = parsed.GetValue(Connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Console.Error.WriteLine("No database: pass --connection or set ConnectionStrings__Postgres.");
            return 1;
        }

        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connection);
            return await action(dataSource);
        }
        catch (Exception error) when (error is NpgsqlException or ArgumentException)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }
}
