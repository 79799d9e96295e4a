using Microsoft.Extensions.Configuration;
using Npgsql;
using Telematics.Silo.Postgres;

namespace Telematics.UnitTests.Postgres;

public sealed class ConnectionStringTests
{
    private static string Configured(string connectionString) => PostgresSiloBuilderExtensions.RequireConnectionString(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = connectionString }).Build());

    [Fact]
    public void Pooled_connections_are_not_reset_on_reuse_unless_the_connection_string_asks()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(Configured("Host=db;Username=telematics;Database=telematics;Maximum Pool Size=30"));
        var explicitReset = new NpgsqlConnectionStringBuilder(Configured("Host=db;Username=telematics;No Reset On Close=false"));

        Assert.True(defaulted.NoResetOnClose);
        Assert.Equal((30, "db", "telematics"), (defaulted.MaxPoolSize, defaulted.Host, defaulted.Database));
        Assert.False(explicitReset.NoResetOnClose);
    }

    [Fact]
    public void A_missing_connection_string_is_refused_with_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configured(""));

        Assert.Contains("ConnectionStrings__Postgres", error.Message);
    }
}
