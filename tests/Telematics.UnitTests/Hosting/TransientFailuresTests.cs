using Npgsql;
using Orleans.Runtime;
using Telematics.Silo.Hosting;
using Telematics.Storage;
using Telematics.Telemetry;

namespace Telematics.UnitTests.Hosting;

public sealed class TransientFailuresTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new EventArchiveUnavailableException("connection refused"),
        new StorageUnavailableException("the state of vehicle/VEH-1", "permission denied"),
        new SiloUnavailableException(),
        new TimeoutException("Response did not arrive on time"),
        // A grain whose state could not be read fails its activation with the driver's exception inside Orleans'.
        new OrleansException("Error from storage provider during ReadStateAsync", new NpgsqlException("Exception while reading from stream", new IOException())),
        new AggregateException(new InvalidOperationException("unrelated"), new StorageUnavailableException("the completion of trip T", "lost")),
    ];

    public static TheoryData<Exception> Bugs() =>
    [
        new InvalidOperationException("a bug"),
        new NullReferenceException(),
        new OrleansException("Error from storage provider", new ArgumentException("bad state")),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void Failures_that_pass_by_themselves_are_transient(Exception failure) => Assert.True(new TransientFailures().IsTransient(failure));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Anything_else_is_not(Exception failure) => Assert.False(new TransientFailures().IsTransient(failure));
}
