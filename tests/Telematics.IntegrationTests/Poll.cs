namespace Telematics.IntegrationTests;

/// <summary>
/// Asks again until an eventually consistent answer arrives (streams, read model, a cluster noticing a dead silo),
/// or fails saying what it last saw. Errors before the deadline count as "not yet", as a client would retry them.
/// </summary>
internal static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Still not there after {seconds} s; last seen: {value}");
                }
            }
            catch (Exception) when (DateTime.UtcNow <= deadline)
            {
            }

            await Task.Delay(100);
        }
    }
}
