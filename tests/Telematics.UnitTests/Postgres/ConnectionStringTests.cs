using Microsoft.Extensions.Configuration;
using Npgsql;
using Telematics.Silo.Postgres;

namespace Telematics.UnitTests.Postgres;

public sealed class ConnectionStringTests
{
    private static string Configured(string connectionString) => PostgresSiloBuilderExtensions.RequireConnectionString(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = connectionString }).Build());

    [Fact]
    public void Connections_are_not_reset_statements_are_prepared_and_pools_are_small_unless_the_connection_string_says_otherwise()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(Configured("Host=db;Username=telematics;Database=telematics"));
        var explicitOptions = new NpgsqlConnectionStringBuilder(Configured("Host=db;Username=telematics;No Reset On Close=false;MaxAutoPrepare=0;Maximum Pool Size=80"));

        Assert.Equal((true, 32, 30), (defaulted.NoResetOnClose, defaulted.MaxAutoPrepare, defaulted.MaxPoolSize));
        Assert.Equal(("db", "telematics", "telematics"), (defaulted.Host, defaulted.Username, defaulted.Database));
        Assert.Equal((false, 0, 80), (explicitOptions.NoResetOnClose, explicitOptions.MaxAutoPrepare, explicitOptions.MaxPoolSize));
    }

    [Fact]
    public void A_missing_connection_string_is_refused_with_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configured(""));

        Assert.Contains("ConnectionStrings__Postgres", error.Message);
    }
}
