using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Telematics.IntegrationTests.Accounts;

/// <summary>Stored accounts through the admin API: creation, disabling, password and role changes, and the tokens each refuses.</summary>
[Collection(AccountsApiCollection.Name)]
public sealed class AccountsApiTests(AccountsApiFixture api)
{
    private const string Password = "underwriter-pass-1";

    private static string NewUsername() => $"user-{Guid.NewGuid():N}"[..17];

    private async Task<string> CreateAsync(string role = "underwriter")
    {
        var username = NewUsername();
        var created = await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return username;
    }

    private async Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        await api.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username, password });

    /// <summary>The problem a refusal answers with, but its trace id, which every response has its own of.</summary>
    private static async Task<(int, string?, string?)> ProblemAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_created_account_signs_in_with_its_role()
    {
        var username = await CreateAsync();

        var user = await api.Factory.LoginAsync(username, Password);
        var me = await user.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        var shown = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users/{username}");

        Assert.Equal("underwriter", me.GetProperty("role").GetString());
        Assert.Equal(("underwriter", "active"), (shown.GetProperty("role").GetString(), shown.GetProperty("status").GetString()));
        Assert.False(shown.TryGetProperty("passwordHash", out _));
    }

    [Theory]
    [InlineData("admin", "admin-password-1", "admin", HttpStatusCode.Conflict, null)]
    [InlineData(null, "admin-password-1", "superuser", HttpStatusCode.BadRequest, "role")]
    [InlineData(null, "short", "admin", HttpStatusCode.BadRequest, "password")]
    [InlineData("bad/name", "admin-password-1", "admin", HttpStatusCode.BadRequest, "username")]
    [InlineData(null, "admin-password-1", "driver", HttpStatusCode.BadRequest, "driverId")]
    public async Task A_bad_or_taken_account_is_refused(string? username, string password, string role, HttpStatusCode expected, string? field)
    {
        var response = await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username = username ?? NewUsername(), password, role });

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(field is null || problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_username_created_twice_is_a_conflict_and_the_first_password_stays()
    {
        var username = await CreateAsync();

        var again = await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = "another-password-1", role = "admin" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, Password)).StatusCode);
    }

    [Fact]
    public async Task Disabling_refuses_the_sign_in_like_a_wrong_password_and_the_tokens_at_once()
    {
        var username = await CreateAsync();
        var user = await api.Factory.LoginAsync(username, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/auth/me")).StatusCode);

        var disabled = await api.Admin.PostAsync($"/api/v1/admin/users/{username}/disable", null);
        var tokenAfter = await user.GetAsync("/api/v1/auth/me");
        var signIn = await LoginAsync(username, Password);
        var wrong = await LoginAsync(username, "a-wrong-password");
        var enabled = await api.Admin.PostAsync($"/api/v1/admin/users/{username}/enable", null);

        Assert.Equal("disabled", (await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, tokenAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(await ProblemAsync(wrong), await ProblemAsync(signIn));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_live_stream()
    {
        var username = await CreateAsync(role: "admin");
        var user = await api.Factory.LoginAsync(username, Password);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = await user.GetAsync("/api/v1/live/admin", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));

        await api.Admin.PostAsync($"/api/v1/admin/users/{username}/disable", null);

        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
        }

        Assert.False(timeout.IsCancellationRequested);
    }

    [Fact]
    public async Task A_reset_password_refuses_the_old_password_and_the_old_tokens()
    {
        var username = await CreateAsync();
        var user = await api.Factory.LoginAsync(username, Password);

        var reset = await api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{username}/password", new { password = "a-new-password-1" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(username, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, "a-new-password-1")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_refuses_the_old_tokens_and_is_audited_with_before_and_after()
    {
        var username = await CreateAsync();
        var user = await api.Factory.LoginAsync(username, Password);

        var changed = await api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{username}/role", new { role = "admin" });
        var unknown = await api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{username}/role", new { role = "root" });
        var nobody = await api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{NewUsername()}/role", new { role = "admin" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (changed.StatusCode, unknown.StatusCode, nobody.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/auth/me")).StatusCode);
        var promoted = await api.Factory.LoginAsync(username, Password);
        Assert.Equal("admin", (await promoted.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("role").GetString());
        var audit = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=SetUserRole&resourceId={username}");
        var entry = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("record")).Single(e => e.GetProperty("outcome").GetInt32() == 200);
        Assert.Contains("\"role\":\"underwriter\"", entry.GetProperty("before").GetString());
        Assert.Contains("\"role\":\"admin\"", entry.GetProperty("after").GetString());
        Assert.Equal(("user", 200), (entry.GetProperty("resourceType").GetString(), entry.GetProperty("outcome").GetInt32()));
    }

    [Fact]
    public async Task A_user_changes_their_own_password_with_the_current_one()
    {
        var username = await CreateAsync();
        var user = await api.Factory.LoginAsync(username, Password);

        var wrongCurrent = await user.PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = "not-the-password", newPassword = "my-own-password-1" });
        var tooShort = await user.PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = Password, newPassword = "short" });
        var changed = await user.PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = Password, newPassword = "my-own-password-1" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.NoContent), (wrongCurrent.StatusCode, tooShort.StatusCode, changed.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(username, "my-own-password-1")).StatusCode);
    }

    [Fact]
    public async Task Accounts_are_listed_by_username_a_page_at_a_time_with_their_changes()
    {
        var usernames = new List<string> { await CreateAsync(), await CreateAsync(), await CreateAsync() };
        usernames.Sort(StringComparer.Ordinal);
        await api.Admin.PostAsync($"/api/v1/admin/users/{usernames[1]}/disable", null);

        var listed = new List<(string, string?)>();
        var pages = 0;
        for (var after = usernames[0][..^1]; after is not null && pages < 100; pages++)
        {
            var page = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?role=underwriter&limit=2&after={after}");
            listed.AddRange(page.GetProperty("items").EnumerateArray().Select(u => (u.GetProperty("username").GetString()!, u.GetProperty("status").GetString())));
            after = page.GetProperty("next").GetString();
        }

        var badRole = await api.Admin.GetAsync("/api/v1/admin/users?role=root");

        Assert.True(pages > 1);
        Assert.Equal([(usernames[0], "active"), (usernames[1], "disabled"), (usernames[2], "active")], listed.Where(u => usernames.Contains(u.Item1)));
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
    }

    [Fact]
    public async Task A_username_prefix_lists_the_accounts_starting_with_it_and_a_prefix_no_username_has_is_refused()
    {
        var prefix = $"find{Guid.NewGuid():N}"[..12];
        foreach (var username in new[] { $"{prefix}-b", $"{prefix}-a", $"other-{prefix}" })
        {
            Assert.Equal(HttpStatusCode.Created, (await api.Admin.PostAsJsonAsync("/api/v1/admin/users", new { username, password = Password, role = "underwriter" })).StatusCode);
        }

        var found = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?startsWith={prefix}&role=underwriter");
        var refused = await api.Admin.GetAsync("/api/v1/admin/users?startsWith=a%20b");

        Assert.Equal([$"{prefix}-a", $"{prefix}-b"], found.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("username").GetString()));
        Assert.Equal(JsonValueKind.Null, found.GetProperty("next").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("startsWith", out _));
    }

    [Fact]
    public async Task An_account_shows_when_it_was_created_and_last_changed_and_its_audit_entry_leaves_the_times_out()
    {
        var before = DateTimeOffset.UtcNow;
        var username = await CreateAsync();
        var created = await UserAsync(username);
        var changes = new List<(string Change, DateTimeOffset Created, DateTimeOffset Changed)>();
        foreach (var (change, request) in new (string, Func<Task<HttpResponseMessage>>)[]
                 {
                     ("disable", () => api.Admin.PostAsync($"/api/v1/admin/users/{username}/disable", null)),
                     ("enable", () => api.Admin.PostAsync($"/api/v1/admin/users/{username}/enable", null)),
                     ("password", () => api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{username}/password", new { password = "another-password-1" })),
                     ("role", () => api.Admin.PutAsJsonAsync($"/api/v1/admin/users/{username}/role", new { role = "admin" })),
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await request()).StatusCode);
            var user = await UserAsync(username);
            changes.Add((change, user.Created, user.Changed));
        }

        var listed = Assert.Single((await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users?startsWith={username}")).GetProperty("items").EnumerateArray());
        var audit = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?action=SetUserRole&resourceId={username}");

        Assert.InRange(created.Created, before, DateTimeOffset.UtcNow);
        Assert.Equal(created.Created, created.Changed);
        Assert.All(changes, c => Assert.Equal(created.Created, c.Created));
        var changedTimes = changes.Select(c => c.Changed).Prepend(created.Changed).ToList();
        Assert.True(changedTimes.Zip(changedTimes.Skip(1)).All(p => p.Second > p.First), $"each change is later than the one before: {string.Join(", ", changes)}");
        Assert.Equal(changes[^1].Changed, listed.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal(created.Created, listed.GetProperty("createdAt").GetDateTimeOffset());
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("record");
        Assert.DoesNotContain("changedAt", record.GetProperty("after").GetString());
    }

    private async Task<(DateTimeOffset Created, DateTimeOffset Changed)> UserAsync(string username)
    {
        var user = await api.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/users/{username}");
        return (user.GetProperty("createdAt").GetDateTimeOffset(), user.GetProperty("changedAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("POST", "/api/v1/admin/users")]
    [InlineData("GET", "/api/v1/admin/users")]
    [InlineData("GET", "/api/v1/admin/users/someone")]
    [InlineData("POST", "/api/v1/admin/users/someone/disable")]
    [InlineData("POST", "/api/v1/admin/users/someone/enable")]
    [InlineData("PUT", "/api/v1/admin/users/someone/password")]
    [InlineData("PUT", "/api/v1/admin/users/someone/role")]
    public async Task Only_an_admin_manages_accounts(string method, string route)
    {
        var underwriter = await api.Factory.LoginAsync(await CreateAsync(), Password);
        foreach (var (client, expected) in new[] { (api.Device, HttpStatusCode.Forbidden), (underwriter, HttpStatusCode.Forbidden), (api.Factory.CreateClient(), HttpStatusCode.Unauthorized) })
        {
            Assert.Equal(expected, (await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) })).StatusCode);
        }

        var admin = await api.Admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) });
        Assert.NotEqual(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, admin.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/v1/admin/dashboard/stats", true)]
    [InlineData("GET", "/api/v1/admin/drivers", true)]
    [InlineData("GET", "/api/v1/admin/audit", true)]
    [InlineData("GET", "/api/v1/admin/audit/verify", true)]
    [InlineData("GET", "/api/v1/admin/models", true)]
    [InlineData("GET", "/api/v1/drivers/DRV-UW-NONE", true)]
    [InlineData("GET", "/api/v1/risk/DRV-UW-NONE/score", true)]
    [InlineData("GET", "/api/v1/risk/batch/no-such-job", true)]
    [InlineData("POST", "/api/v1/risk/batch-calculate", true)]
    [InlineData("PUT", "/api/v1/admin/models/current", false)]
    [InlineData("POST", "/api/v1/admin/drivers", false)]
    [InlineData("POST", "/api/v1/admin/devices", false)]
    [InlineData("POST", "/api/v1/pricing/DRV-UW-NONE/recalculate-premium", false)]
    public async Task An_underwriter_reads_everything_and_changes_nothing_but_rescoring(string method, string route, bool allowed)
    {
        var underwriter = await api.Factory.LoginAsync(await CreateAsync(), Password);

        var response = await underwriter.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = JsonContent.Create(new { }) });

        Assert.True(allowed ? response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized) : response.StatusCode == HttpStatusCode.Forbidden,
            $"{method} {route}: {response.StatusCode}");
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_a_signed_in_stored_account()
    {
        var anonymous = await api.Factory.CreateClient().PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = "x", newPassword = "my-own-password-1" });
        var configured = await api.Device.PutAsJsonAsync("/api/v1/auth/password", new { currentPassword = "device-dev", newPassword = "my-own-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, configured.StatusCode);
    }
}
