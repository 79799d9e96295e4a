using Orleans.Streams;
using Orleans.Streams.Core;
using Telematics.Drivers;
using Telematics.Live;
using Telematics.Streams;

namespace Telematics.Portfolio;

/// <summary>
/// Projects a driver's <see cref="DriverUpdated"/> stream into the read model and the live feed. It holds no state and is collected
/// soon after the stream goes quiet, so the projection costs an activation only while a driver is busy.
/// </summary>
[ImplicitStreamSubscription(StreamNamespaces.DriverUpdated)]
[CollectionAgeLimit(Minutes = 2)]
public sealed class DriverProjectionGrain(IDriverReadModel readModel, ILiveFeed liveFeed) : Grain, IDriverProjectionGrain, IStreamSubscriptionObserver, IAsyncObserver<DriverUpdated>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<DriverUpdated>().ResumeAsync(this);

    public async Task OnNextAsync(DriverUpdated item, StreamSequenceToken? token = null)
    {
        var summary = item.ToSummary();
        await readModel.UpsertAsync([summary]);
        liveFeed.Publish(summary);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
