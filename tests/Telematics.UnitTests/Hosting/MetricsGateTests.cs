using System.Net;
using Telematics.Silo.Observability;
using Telematics.Silo.Hosting;

namespace Telematics.UnitTests.Hosting;

public sealed class MetricsGateTests
{
    private const string Token = "a-scrape-token-of-at-least-32-characters";
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");

    [Fact]
    public void Without_a_token_embedded_admits_loopback_only_and_other_modes_admit_nobody()
    {
        var embedded = new MetricsGate(new MetricsOptions(), TelematicsMode.Embedded);
        var postgres = new MetricsGate(new MetricsOptions(), TelematicsMode.Postgres);

        Assert.True(embedded.Admits(null, IPAddress.Loopback));
        Assert.True(embedded.Admits(null, IPAddress.IPv6Loopback));
        Assert.False(embedded.Admits(null, Remote));
        Assert.False(postgres.Admits(null, IPAddress.Loopback));
    }

    [Fact]
    public void With_a_token_every_mode_admits_its_bearer_only()
    {
        var gate = new MetricsGate(new MetricsOptions { ScrapeToken = Token }, TelematicsMode.Postgres);

        Assert.True(gate.Admits($"Bearer {Token}", Remote));
        Assert.False(gate.Admits($"Bearer {Token}x", Remote));
        Assert.False(gate.Admits(null, IPAddress.Loopback));
        Assert.False(new MetricsGate(new MetricsOptions { ScrapeToken = Token }, TelematicsMode.Embedded).Admits(null, IPAddress.Loopback));
    }

    [Fact]
    public void A_short_token_is_refused_at_start()
    {
        Assert.True(new MetricsOptionsValidator().Validate(null, new MetricsOptions { ScrapeToken = "short" }).Failed);
        Assert.True(new MetricsOptionsValidator().Validate(null, new MetricsOptions { ScrapeToken = Token }).Succeeded);
    }
}
