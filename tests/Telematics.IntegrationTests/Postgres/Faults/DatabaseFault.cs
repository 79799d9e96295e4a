namespace Telematics.IntegrationTests.Postgres.Faults;

/// <summary>
/// A database failure held from <see cref="StartAsync"/> until disposed: every connection of the database terminated
/// again and again (what a server restart does to the application), or one privilege revoked on one table.
/// </summary>
internal sealed class DatabaseFault : IAsyncDisposable
{
    public const string TerminateConnections = "terminate connections";

    /// <summary>Every fault the suite injects: the restart's effect, then each write the application makes refused in turn.</summary>
    public static readonly string[] All =
    [
        TerminateConnections,
        "INSERT on telematics_event_batches",
        "INSERT on orleansstreammessage",
        "INSERT on orleansstorage",
        "UPDATE on orleansstorage",
        "INSERT on orleansreminderstable",
    ];

    private static readonly TimeSpan TerminationPeriod = TimeSpan.FromMilliseconds(100);

    private readonly PostgresDatabase _database;
    private readonly string _fault;
    private readonly CancellationTokenSource _stop = new();
    private Task _terminations = Task.CompletedTask;

    private DatabaseFault(PostgresDatabase database, string fault) => (_database, _fault) = (database, fault);

    public static async Task<DatabaseFault> StartAsync(PostgresDatabase database, string fault)
    {
        var started = new DatabaseFault(database, fault);
        if (fault == TerminateConnections)
        {
            await database.TerminateConnectionsAsync();
            started._terminations = started.TerminateUntilStoppedAsync();
        }
        else
        {
            await database.ExecuteAsync($"REVOKE {fault} FROM CURRENT_USER");
        }

        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _terminations;
        if (_fault != TerminateConnections)
        {
            await _database.ExecuteAsync($"GRANT {_fault} TO CURRENT_USER");
        }

        _stop.Dispose();
    }

    private async Task TerminateUntilStoppedAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(TerminationPeriod, _stop.Token);
                await _database.TerminateConnectionsAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
