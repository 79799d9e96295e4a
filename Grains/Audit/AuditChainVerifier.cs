using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>Walks the chain oldest first and stops at the first entry that does not match.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> chain, CancellationToken cancellationToken = default)
    {
        var expected = 1L;
        var previousHash = AuditChain.Genesis;
        await foreach (var entry in chain.WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != expected ? $"entry {expected} is missing: the chain goes on at {entry.Sequence}"
                : entry.PreviousHash != previousHash ? $"entry {entry.Sequence} does not follow entry {expected - 1}"
                : AuditChain.HashOf(entry) != entry.Hash ? $"entry {entry.Sequence} was changed: its content does not match its hash"
                : null;
            if (problem is not null)
            {
                return new AuditVerification(false, expected - 1, previousHash, entry.Sequence, problem);
            }

            previousHash = entry.Hash;
            expected++;
        }

        return new AuditVerification(true, expected - 1, previousHash, null, null);
    }
}
