using System.CommandLine;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Telematics.Rescoring;

namespace Telematics.Silo.Commands;

/// <summary><c>rescore --all | --drivers A,B</c>: starts a rescoring job through the API and follows it with a progress bar; Ctrl+C cancels the job.</summary>
public static class RescoreCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Rescore every driver." };
        var drivers = new Option<string[]>("--drivers") { Description = "Rescore these drivers (comma-separated).", AllowMultipleArgumentsPerToken = true };
        var batchSize = new Option<int>("--batch-size") { Description = "Drivers rescored at once across the cluster.", DefaultValueFactory = _ => 500 };
        var model = new Option<string?>("--model") { Description = "Model version (default: the current one)." };
        var category = new Option<string?>("--category") { Description = "With --all: only drivers in this risk category (Low, Moderate, High, VeryHigh)." };
        var minScore = new Option<double?>("--min-score") { Description = "With --all: only drivers scoring at least this." };
        var api = new Option<Uri>("--api") { Description = "Base address of the API.", DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000") };
        var admin = new Option<string>("--admin") { Description = "Admin login as user:password (default: the local-dev admin).", DefaultValueFactory = _ => "admin:admin-dev" };

        var command = new Command("rescore", "Rescore the portfolio after a model or tariff change.") { all, drivers, batchSize, model, category, minScore, api, admin };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(drivers) is { Length: > 0 }))
            {
                result.AddError("Give either --all or --drivers.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var http = new HttpClient { BaseAddress = parsed.GetValue(api) };
            var (user, password) = parsed.GetValue(admin)!.Split(':', 2) is [var u, var p] ? (u, p) : throw new ArgumentException("--admin takes user:password.");
            using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password }, cancellationToken);
            if (!login.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"Login failed: {(int)login.StatusCode}.");
                return 1;
            }

            var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("token").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var ids = parsed.GetValue(drivers)?.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            using var started = await http.PostAsJsonAsync("/api/v1/risk/batch-calculate",
                new
                {
                    driverIds = ids is { Count: > 0 } ? ids : null,
                    modelVersion = parsed.GetValue(model),
                    batchSize = parsed.GetValue(batchSize),
                    category = parsed.GetValue(category),
                    minScore = parsed.GetValue(minScore),
                }, cancellationToken);
            if (!started.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"The job was refused: {await started.Content.ReadAsStringAsync(cancellationToken)}");
                return 1;
            }

            var job = (await started.Content.ReadFromJsonAsync<RescoringProgress>(Json, cancellationToken))!;
            var finished = await FollowAsync(http, job, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"[bold]{finished.Status}[/]: {finished.Done:N0} rescored, {finished.Failed:N0} failed, {finished.DriversPerSecond:N0} drivers/s");
            AnsiConsole.MarkupLineInterpolated($"Premiums up {finished.PremiumsUp:N0}, down {finished.PremiumsDown:N0}, unchanged {finished.PremiumsUnchanged:N0}; total change {finished.TotalPremiumChange:N2}");
            foreach (var failure in finished.Failures)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{failure.DriverId}[/]: {failure.Reason}");
            }

            return finished.Status == RescoringJobStatus.Completed ? 0 : 2;
        });
        return command;
    }

    private static async Task<RescoringProgress> FollowAsync(HttpClient http, RescoringProgress job, CancellationToken cancellationToken)
    {
        var progress = job;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var bar = context.AddTask($"Rescoring job {job.JobId}", maxValue: Math.Max(1, job.Total));
            var cancelSent = false;
            while (progress.Status == RescoringJobStatus.Running)
            {
                await Task.Delay(500, CancellationToken.None);
                if (cancellationToken.IsCancellationRequested && !cancelSent)
                {
                    // Ctrl+C cancels the job itself, not only this view of it.
                    await http.DeleteAsync($"/api/v1/risk/batch/{job.JobId}", CancellationToken.None);
                    cancelSent = true;
                }

                progress = (await http.GetFromJsonAsync<RescoringProgress>($"/api/v1/risk/batch/{job.JobId}", Json, CancellationToken.None))!;
                bar.MaxValue = Math.Max(1, progress.Total);
                bar.Value = progress.Done + progress.Failed;
            }
        });
        return progress;
    }
}
