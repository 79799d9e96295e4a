using System.CommandLine;
using Telematics.Audit;
using Telematics.Silo.Postgres;

namespace Telematics.Silo.Commands;

/// <summary>
/// <c>audit verify</c>: walks the audit trail's hash chain in the PostgreSQL database and names the first entry that
/// does not match. Exit code 0 when the chain is intact, 2 when it is not (1: no database).
/// </summary>
public static class AuditCommand
{
    public const int Broken = 2;

    public static Command Create()
    {
        var verify = new Command("verify", "Walk the audit trail's hash chain and name the first entry that does not match.") { DatabaseCommands.Connection };
        verify.SetAction((parsed, cancellationToken) => DatabaseCommands.WithDatabase(parsed, async dataSource =>
        {
            var result = await AuditChainVerifier.VerifyAsync(new PostgresAuditLog(dataSource).ReadChainAsync(cancellationToken), cancellationToken);
            if (result.Intact)
            {
                Console.WriteLine($"The audit trail is intact: {result.Entries:N0} entries, head {result.HeadHash}.");
                return 0;
            }

            Console.WriteLine($"The audit trail is broken at entry {result.FirstMismatch}: {result.Problem}. The {result.Entries:N0} entries before it match.");
            return Broken;
        }));
        return new Command("audit", "The audit trail: verify its hash chain.") { verify };
    }
}
