using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Telematics.IntegrationTests.Postgres;
using Telematics.IntegrationTests.Postgres.Faults;

namespace Telematics.IntegrationTests.Accounts;

/// <summary>
/// The users API in PostgreSQL mode: the username search and each account's created and changed times, read from the
/// account directory's table after a restart of the node; a row written before the times were kept lists without them.
/// </summary>
public sealed class PostgresAccountsApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Password = "postgres-user-pass-1";

    [Fact]
    public async Task Accounts_are_found_by_the_start_of_their_username_with_their_times_after_a_restart()
    {
        var before = DateTimeOffset.UtcNow;
        await using (var first = new PostgresApiFactory(database.ConnectionString))
        {
            var admin = await first.LoginAsync("admin", PostgresApiFactory.AdminPassword);
            foreach (var username in new[] { "pg-find-b", "pg-find-a", "pg-find-old", "pg-other" })
            {
                Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role = "underwriter" })).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/admin/users/pg-find-b/disable", null)).StatusCode);
        }

        var after = DateTimeOffset.UtcNow;
        await database.ExecuteAsync("UPDATE account_directory SET created_at = NULL, changed_at = NULL WHERE username = 'pg-find-old'");
        await using var second = new PostgresApiFactory(database.ConnectionString);
        var again = await second.LoginAsync("admin", PostgresApiFactory.AdminPassword);

        var found = (await again.GetFromJsonAsync<JsonElement>("/api/v1/admin/users?startsWith=pg-find-&limit=2")).GetProperty("items").EnumerateArray().ToList();
        var rest = await again.GetFromJsonAsync<JsonElement>("/api/v1/admin/users?startsWith=pg-find-&after=pg-find-b");

        Assert.Equal(["pg-find-a", "pg-find-b"], found.Select(u => u.GetProperty("username").GetString()));
        var (a, b) = (found[0], found[1]);
        Assert.InRange(a.GetProperty("createdAt").GetDateTimeOffset(), before, after);
        Assert.Equal(a.GetProperty("createdAt").GetDateTimeOffset(), a.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal("disabled", b.GetProperty("status").GetString());
        Assert.True(b.GetProperty("changedAt").GetDateTimeOffset() > b.GetProperty("createdAt").GetDateTimeOffset(), b.ToString());
        Assert.InRange(b.GetProperty("changedAt").GetDateTimeOffset(), before, after);
        var old = Assert.Single(rest.GetProperty("items").EnumerateArray());
        Assert.Equal("pg-find-old", old.GetProperty("username").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (old.GetProperty("createdAt").ValueKind, old.GetProperty("changedAt").ValueKind));
    }
}
