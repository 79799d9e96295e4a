using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Telematics.Api.Audit;
using Telematics.Audit;
using Telematics.IntegrationTests.Postgres;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.IntegrationTests.Audit;

/// <summary>
/// The middleware in a pipeline of its own, on the PostgreSQL trail, with endpoints that fail after choosing their
/// status or outlive their client: what is recorded is what was sent, and a client that leaves cancels nothing.
/// </summary>
public sealed class AuditTrailMiddlewareTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly TaskCompletionSource _clientLeft = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private PostgresAuditLog _audit = null!;

    public async Task InitializeAsync()
    {
        await new SchemaMigrator(database.DataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _audit = new PostgresAuditLog(database.DataSource);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IAuditLog>(_audit);
        builder.Services.AddSingleton(TimeProvider.System);
        _app = builder.Build();
        _app.UseMiddleware<AuditTrailMiddleware>();
        _app.UseExceptionHandler();
        _app.MapPost("/things/unwritable", () => TypedResults.Created("/things/T-1", new Unwritable())).WithName("CreateUnwritable").Audited("thing");
        _app.MapPost("/things/slow", async (HttpContext http) =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => _clientLeft.SetResult());
            return TypedResults.Created("/things/T-2");
        }).WithName("CreateSlowly").Audited("thing");
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_created_answer_that_fails_to_be_written_is_recorded_as_the_500_sent()
    {
        var response = await _app.GetTestClient().PostAsync("/things/unwritable", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var entry = Assert.Single((await _audit.QueryAsync(new AuditQuery(Action: "CreateUnwritable"))).Items);
        Assert.Equal(("thing", 500), (entry.Record.ResourceType, entry.Record.Outcome));
    }

    [Fact]
    public async Task A_client_that_disconnects_does_not_cancel_its_entry()
    {
        using var leave = new CancellationTokenSource();
        var request = _app.GetTestClient().PostAsync("/things/slow", null, leave.Token);

        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await _clientLeft.Task;

        var entry = await Poll.UntilAsync(() => _audit.QueryAsync(new AuditQuery(Action: "CreateSlowly")), page => page.Items.Count == 1);
        Assert.Equal(("T-2", 201), (entry.Items[0].Record.ResourceId, entry.Items[0].Record.Outcome));
    }

    private sealed class Unwritable
    {
        public string Value => throw new InvalidOperationException("This value cannot be written.");
    }
}
