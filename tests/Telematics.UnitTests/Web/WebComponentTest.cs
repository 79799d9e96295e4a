using Bunit;
using MudBlazor.Services;

namespace Telematics.UnitTests.Web;

/// <summary>A bUnit context for the web app's components: MudBlazor's services, and JS calls answered by default.</summary>
/// <remarks>Disposed asynchronously: some of MudBlazor's services (its key interceptor) refuse a synchronous disposal.</remarks>
public abstract class WebComponentTest : BunitContext, IAsyncLifetime
{
    static WebComponentTest()
    {
        // bUnit waits 1 s for a render by default; a live page's render comes from a thread-pool continuation, which
        // on the 2-core CI machine, with the other tests starting in parallel, came later than that (LivePageTests).
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
    }

    protected WebComponentTest()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
