using Npgsql;

namespace Telematics.Benchmarks;

/// <summary>
/// Runs each query once more on connections that set auto_explain's options, each after a marker statement that names
/// it, so a server started with <c>session_preload_libraries=auto_explain</c> logs the EXPLAIN (ANALYZE, BUFFERS) of
/// exactly the SQL the code under test sends, under the name the results file shows.
/// </summary>
public static class AutoExplain
{
    public static async Task LogAsync<T>(string connectionString, Func<NpgsqlDataSource, T> target, IEnumerable<(string Name, Func<T, Task<int>> Run)> queries)
    {
        var explaining = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Options = "-c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_timing=on",
        };
        await using var dataSource = NpgsqlDataSource.Create(explaining.ConnectionString);
        var explained = target(dataSource);
        await using (explained as IAsyncDisposable)
        {
            foreach (var (name, run) in queries)
            {
                await using (var marker = dataSource.CreateCommand($"SELECT '{name.Replace("'", "''")}' AS query"))
                {
                    await marker.ExecuteScalarAsync();
                }

                await run(explained);
            }
        }
    }
}
