using Telematics.IntegrationTests.Hosting;

namespace Telematics.IntegrationTests.Postgres;

/// <summary>Silo processes stopped gracefully, all at once, as a deployment stops every node.</summary>
public sealed class GracefulShutdownTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>Orleans' <c>SiloStatus.Dead</c> as the membership table stores it.</summary>
    private const int Dead = 6;

    [Fact]
    public async Task Silos_stopped_at_once_all_leave_the_membership_table_dead()
    {
        string[] settings = ["--Telematics:Mode=Postgres", $"--ConnectionStrings:Postgres={database.ConnectionString}"];
        using var first = await SiloProcess.StartAsync(settings);
        using var second = await SiloProcess.StartAsync(settings);
        await Poll.UntilAsync(() => database.ScalarAsync("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"), active => active == 2);

        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.Equal((2L, 2L), (
            await database.ScalarAsync("SELECT count(*) FROM orleansmembershiptable"),
            await database.ScalarAsync($"SELECT count(*) FROM orleansmembershiptable WHERE status = {Dead}")));
    }
}
