using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Telematics.Portfolio;

namespace Telematics.Audit;

/// <summary>
/// The hash chain of the audit trail: each entry's hash is SHA-256 over its canonical content, which includes its
/// sequence number and the previous entry's hash, so that an edited, removed or reordered entry no longer matches.
/// </summary>
public static class AuditChain
{
    /// <summary>What the first entry follows.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Timestamps count to the microsecond, PostgreSQL's precision: a time finer than that would be stored other than
    /// it was hashed.
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static AuditEntry Link(AuditRecord record, long sequence, string previousHash)
    {
        var linked = record with { At = Truncate(record.At) };
        return new AuditEntry(sequence, linked, previousHash, HashOf(sequence, linked, previousHash));
    }

    public static string HashOf(AuditEntry entry) => HashOf(entry.Sequence, entry.Record, entry.PreviousHash);

    /// <summary>
    /// Every field length-prefixed (a null as length −1), so that no two different entries share a canonical form:
    /// moving characters from one field to the next changes a length.
    /// </summary>
    private static string HashOf(long sequence, AuditRecord record, string previousHash)
    {
        var canonical = new StringBuilder();
        foreach (var field in new[]
        {
            previousHash,
            sequence.ToString(CultureInfo.InvariantCulture),
            record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            record.Actor, record.Role, record.ClientAddress, record.RequestId, record.Action, record.ResourceType, record.ResourceId,
            record.Before, record.After,
            record.Outcome.ToString(CultureInfo.InvariantCulture),
        })
        {
            canonical.Append(field?.Length ?? -1).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
