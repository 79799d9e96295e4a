extern alias api;

using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using api::Telematics.Api.Web.Services;
using Telematics.Portfolio;
using Telematics.Silo.Postgres;

namespace Telematics.Benchmarks.Web;

/// <summary>
/// Server time of each web page's first render: signs in as a driver and as an admin, as the sign-in form does, and
/// times each page's first GET (the prerendered HTML) to its full response from loopback, after a warm-up (one GET of every
/// page, then 5 of the page timed); p50, p99 and max are printed with the response's size. The Api runs apart (any mode), so the figures are a real host's.
/// Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- web-render http://127.0.0.1:5080 [requests] [--driver ID:PASSWORD] [--admin USER:PASSWORD]</c>
/// (the embedded run's local-dev accounts by default; <c>--driver -</c> leaves the driver's pages out, for a portfolio
/// loaded straight into the read model, whose drivers have no accounts).
/// With <c>ConnectionStrings__Postgres</c> set, the drivers page's reads when a reader sorts, filters, searches and pages
/// are timed too, as the page makes them (<see cref="InsurerConsole.DriversAsync"/> on the PostgreSQL read model): they
/// go over the page's connection, not as a GET, and they are the part of the answer that grows with the portfolio.
/// </summary>
public static partial class WebRenderHarness
{
    private static readonly string[] DriverPages = ["", "/trips", "/pricing", "/advisor", "/behaviour", "/rewards", "/live", "/notifications", "/profile"];

    private static readonly string[] InsurerPages =
        ["/", "/insurer", "/insurer/drivers", "/insurer/devices", "/insurer/rescoring", "/insurer/models", "/insurer/policies", "/insurer/users", "/insurer/audit"];

    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        var site = new Uri(args[0]);
        var requests = args.Count > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1]) : 100;
        var driver = Option(args, "--driver", "DRV-0001:driver-dev");
        var admin = Option(args, "--admin", "admin:admin-dev");
        Console.WriteLine($"{requests} GETs a page, one after another, from {site}, after one GET of every page and 5 more of the page itself");
        var tables = new List<(HttpClient Client, IReadOnlyList<string> Pages)>();
        try
        {
            if (driver != "-")
            {
                var (driverId, password) = Split(driver);
                var client = await SignInAsync(site, driverId, password);
                tables.Add((client, await DriverPagesAsync(client, driverId)));
            }

            var (username, adminPassword) = Split(admin);
            // The driver detail of the driver whose pages were timed: the loaded portfolio of PostgreSQL mode has none to sign in as.
            tables.Add((await SignInAsync(site, username, adminPassword), driver == "-" ? InsurerPages : [.. InsurerPages, $"/insurer/drivers/{Split(driver).Name}"]));

            // Every page once before any is timed: the first pages rendered pay for the process's warm-up (tiered
            // compilation, the first collections), which a page's own warm-up GETs do not cover when it is timed first.
            foreach (var (client, pages) in tables)
            {
                foreach (var page in pages)
                {
                    await GetAsync(client, page);
                }
            }

            foreach (var (client, pages) in tables)
            {
                await LatencyTable.PrintAsync(Pages(pages), client, requests, "KiB", "page");
            }
        }
        finally
        {
            tables.ForEach(t => t.Client.Dispose());
        }

        if (Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } postgres)
        {
            await PrintDriversPageReadsAsync(postgres, requests);
        }
    }

    /// <summary>The driver's pages, with the newest trip's after the trips list when the driver has one.</summary>
    private static async Task<IReadOnlyList<string>> DriverPagesAsync(HttpClient client, string driverId)
    {
        var pages = DriverPages.Select(p => $"/drivers/{driverId}{p}").ToList();
        if (await FirstTripAsync(client, driverId) is { } trip)
        {
            pages.Insert(2, trip);
        }

        return pages;
    }

    private static async Task PrintDriversPageReadsAsync(string connectionString, int requests)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var drivers = new PostgresDriverReadModel(dataSource);
        var console = new InsurerConsole(drivers, new PostgresDeviceReadModel(dataSource), TimeProvider.System);
        var page = new DriverQuery(PageSize: InsurerConsole.PageSize);
        var byScore = page with { SortBy = "score", Descending = true };
        var second = await console.DriversAsync(byScore);
        (string, Func<InsurerConsole, Task<int>>) Read(string name, DriverQuery query) => (name, async c => (await c.DriversAsync(query)).Items.Count);
        Console.WriteLine();
        await LatencyTable.PrintAsync(
            [
                Read("drivers page: sort by score, descending", byScore),
                Read("drivers page: sort by score, descending, next page (keyset)", byScore with { After = DriverCursor.Decode(second.Next!) }),
                Read("drivers page: filter category High, sort by telematics premium", page with { Category = "High", SortBy = "telematicsPremium" }),
                Read("drivers page: search \"okafor\"", page with { Search = "okafor" }),
                Read("drivers page: search \"amara okafor\", category Low, sort by name", page with { Search = "amara okafor", Category = "Low", SortBy = "name" }),
            ],
            console,
            requests,
            "rows",
            "read (in process, on the PostgreSQL read model)");
    }

    private static string Option(IReadOnlyList<string> args, string name, string fallback) =>
        args.Select((a, i) => (a, i)).FirstOrDefault(x => x.a == name && x.i + 1 < args.Count) is { a: not null } found ? args[found.i + 1] : fallback;

    private static (string Name, string Password) Split(string account) =>
        account.IndexOf(':') is var colon and > 0 ? (account[..colon], account[(colon + 1)..]) : throw new ArgumentException($"An account is NAME:PASSWORD, not {account}.");

    private static IEnumerable<(string Name, Func<HttpClient, Task<int>> Run)> Pages(IEnumerable<string> paths) =>
        paths.Select(path => (path, (Func<HttpClient, Task<int>>)(async client => (await GetAsync(client, path)).Length / 1024)));

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, not 200: is the account signed in and the page there?");
        }

        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A client holding the session cookie of the account, signed in through <c>/login</c>'s form with its antiforgery token.</summary>
    private static async Task<HttpClient> SignInAsync(Uri site, string username, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = site };
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var signIn = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {username} answered {(int)signIn.StatusCode}, not a redirect.");
        }

        return client;
    }

    private static async Task<string?> FirstTripAsync(HttpClient driver, string driverId)
    {
        var trips = await GetAsync(driver, $"/drivers/{driverId}/trips");
        return TripLink().Match(trips) is { Success: true } link && link.Groups[1].Value.StartsWith($"/drivers/{driverId}/trips/", StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(link.Groups[1].Value)
            : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<tr data-trip=\"[^\"]*\"><td><a href=\"([^\"]+)\"")]
    private static partial Regex TripLink();
}
