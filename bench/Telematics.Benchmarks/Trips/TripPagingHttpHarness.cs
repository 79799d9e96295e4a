extern alias api;

using System.Net;
using System.Text.Json;
using api::Telematics.Api.Trips;
using Telematics.Drivers;
using Telematics.Simulator.Api;

namespace Telematics.Benchmarks.Trips;

/// <summary>
/// The pages of <see cref="TripPagingHarness"/> asked over HTTP (<c>GET /api/v1/drivers/{id}/trips</c>) of a running Api
/// whose database holds that harness's trips: the first <c>drivers</c> of them are registered through the admin API
/// (the endpoint answers 404 for a driver without a profile), then each page is asked <c>calls</c> times for a random
/// one of them, one call after another on one keep-alive connection.
/// Usage: <c>dotnet run -c Release --project bench/Telematics.Benchmarks -- trip-paging-http API user:password [drivers] [calls]</c>.
/// </summary>
public static class TripPagingHttpHarness
{
    public static async Task RunAsync(Uri api, ApiCredentials admin, int drivers, int calls)
    {
        using var http = new HttpClient { BaseAddress = api };
        var client = new TelematicsApiClient(http);
        await client.LoginAsync(admin, CancellationToken.None);
        var rating = new RatingVariables(40, Sex.Female, 5, MaritalStatus.Married, CarUse.Commute, 720, Region.Urban, 12_000, 15, 35);
        var end = TripPagingHarness.YearEnd();
        for (var n = 0; n < drivers; n++)
        {
            try
            {
                await client.RegisterDriverAsync(TripPagingHarness.DriverId(n), $"Driver {n}", rating, end.AddDays(-400), "America/Toronto", CancellationToken.None);
            }
            catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                // Registered by an earlier run on the same database.
            }
        }

        var random = new Random(7);
        var pages = TripPagingHarness.Pages(end).Select(p => (p.Name, (Func<HttpClient, Task<int>>)(async h =>
        {
            var before = p.Before is null ? "" : $"&before={TripCursorToken.Format(p.Before)}";
            using var response = await h.GetAsync($"/api/v1/drivers/{TripPagingHarness.DriverId(random.Next(drivers))}/trips?limit={p.Limit}{before}");
            await TelematicsApiClient.EnsureSuccessAsync(response, CancellationToken.None);
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
            return body.RootElement.GetArrayLength();
        })));
        await LatencyTable.PrintAsync(pages, http, calls, subject: "GET /api/v1/drivers/{id}/trips");
    }
}
