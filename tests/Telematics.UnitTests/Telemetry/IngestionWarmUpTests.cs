using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telematics.Api.Telemetry;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Telematics.UnitTests.Telemetry;

public sealed class IngestionWarmUpTests
{
    private static IngestionWarmUp WarmUp(TimeSpan duration)
    {
        var options = Options.Create(new IngestionOptions { WarmUp = duration });
        return new(new EventBatchReader(Options.Create(new HttpJsonOptions()), options), options, TimeProvider.System, NullLogger<IngestionWarmUp>.Instance);
    }

    [Fact]
    public async Task Reads_batches_that_pass_validation_for_as_long_as_it_is_given()
    {
        var warmUp = WarmUp(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await warmUp.StartAsync(CancellationToken.None);

        Assert.True(warmUp.BatchesRead > 0);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_warm_up_of_zero_reads_nothing()
    {
        var warmUp = WarmUp(TimeSpan.Zero);

        await warmUp.StartAsync(CancellationToken.None);

        Assert.Equal(0, warmUp.BatchesRead);
    }

    [Fact]
    public async Task A_node_stopped_while_starting_ends_its_warm_up()
    {
        var warmUp = WarmUp(TimeSpan.FromMinutes(5));
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => warmUp.StartAsync(stopping.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
    }
}
