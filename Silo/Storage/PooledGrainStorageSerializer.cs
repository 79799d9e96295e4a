using Orleans.Serialization;
using Orleans.Storage;

namespace Telematics.Silo.Storage;

/// <summary>
/// Grain state in Orleans' binary format, byte for byte what <see cref="OrleansGrainStorageSerializer"/> writes, from a
/// pooled buffer.
/// </summary>
/// <remarks>
/// Orleans' storage serializer writes each state into a new growing buffer, and a portfolio's rescoring writes every
/// driver: a driver's year of periods (7.6 KB) allocated 28,400 bytes a write, 19,808 through the serializer's pooled
/// buffer (the stored bytes and the session's own).
/// </remarks>
public sealed class PooledGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer
{
    private readonly OrleansGrainStorageSerializer _reader = new(serializer);

    public BinaryData Serialize<T>(T? input) => new(serializer.SerializeToArray(input));

    public T? Deserialize<T>(BinaryData input) => _reader.Deserialize<T>(input);
}
