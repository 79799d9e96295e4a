using System.Threading.Channels;
using Orleans.Streams;
using Telematics.Streams;

namespace Telematics.IntegrationTests.Cluster;

/// <summary>Subscribes the test client to a stream (a driver's, or a rescoring job's) and hands over what arrives, in order.</summary>
internal sealed class StreamProbe<T> : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly Channel<T> _received = Channel.CreateUnbounded<T>();
    private StreamSubscriptionHandle<T>? _handle;

    public static async Task<StreamProbe<T>> SubscribeAsync(IClusterClient client, string @namespace, string key)
    {
        var probe = new StreamProbe<T>();
        var stream = client.GetStreamProvider(StreamNamespaces.Provider).GetStream<T>(StreamId.Create(@namespace, key));
        probe._handle = await stream.SubscribeAsync((item, _) => probe._received.Writer.WriteAsync(item).AsTask());
        return probe;
    }

    public async Task<T> NextAsync(string what)
    {
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {typeof(T).Name} arrived within {Timeout.TotalSeconds} s: {what}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
        }
    }
}
