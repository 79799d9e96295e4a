using Npgsql;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Serialization;
using Telematics.Storage;
using Telematics.Telemetry;

namespace Telematics.Silo.Hosting;

/// <summary>
/// Which failures pass by themselves, so that the caller should resend rather than report a bug: the cluster or the
/// database unreachable for a moment, or refusing a write. The Api answers them 503 with Retry-After; a rescoring job
/// asks its driver again.
/// </summary>
public sealed class TransientFailures : ITransientFailureClassifier
{
    /// <summary>
    /// PostgreSQL errors that an operator's action causes and ends rather than a bug: a revoked privilege, and a
    /// server that became a read-only standby in a failover. Npgsql calls them permanent; the database returns.
    /// </summary>
    private static readonly HashSet<string> OperationalSqlStates = [PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.ReadOnlySqlTransaction];

    public bool IsTransient(Exception exception) => Causes(exception).Any(e => e switch
    {
        EventArchiveUnavailableException or StorageUnavailableException => true,
        SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException or GatewayTooBusyException or TimeoutException => true,
        PostgresException p => p.IsTransient || OperationalSqlStates.Contains(p.SqlState),
        NpgsqlException n => n.IsTransient,
        // A database driver's exception that crossed silos arrives by its type's name only.
        UnavailableExceptionFallbackException f => f.ExceptionType?.StartsWith("Npgsql.", StringComparison.Ordinal) == true,
        _ => false,
    });

    /// <summary>The exception and everything it wraps: a grain call's failure often arrives inside another.</summary>
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
