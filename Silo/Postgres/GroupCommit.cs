using System.Threading.Channels;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Commits what is pending whenever a writer is free: submissions that arrive while a commit is in flight queue up
/// and the next commit takes them all, so one round trip and one commit serve every waiting caller. A submission
/// completes when its commit does; if the commit fails, every submission in it fails.
/// </summary>
public sealed class GroupCommit<T> : IAsyncDisposable
{
    private sealed record Pending(T Item, TaskCompletionSource Committed);

    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>();
    private readonly Func<IReadOnlyList<T>, Task> _commit;
    private readonly Func<T, int> _size;
    private readonly int _maxSizePerCommit;
    private readonly Func<IReadOnlyList<T>, Exception, Exception> _failure;
    private readonly Task[] _writers;

    /// <param name="commit">Writes and commits one group.</param>
    /// <param name="size">What a submission counts towards <paramref name="maxSizePerCommit"/> (its rows, say).</param>
    /// <param name="maxSizePerCommit">A commit takes submissions until their sizes reach this; the rest wait for the next one.</param>
    /// <param name="writers">Commits that may run at once.</param>
    /// <param name="failure">The exception every submission of a failed group completes with (and the place to log it).</param>
    public GroupCommit(
        Func<IReadOnlyList<T>, Task> commit, Func<T, int> size, int maxSizePerCommit, int writers, Func<IReadOnlyList<T>, Exception, Exception> failure)
    {
        (_commit, _size, _maxSizePerCommit, _failure) = (commit, size, maxSizePerCommit, failure);
        _writers = Enumerable.Range(0, Math.Max(1, writers)).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    public Task SubmitAsync(T item, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _pending.Writer.TryWrite(pending)
            ? pending.Committed.Task.WaitAsync(cancellationToken)
            : Task.FromException(new ObjectDisposedException(nameof(GroupCommit<T>)));
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>();
        while (await _pending.Reader.WaitToReadAsync())
        {
            group.Clear();
            var total = 0;
            while (total < _maxSizePerCommit && _pending.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                total += _size(pending.Item);
            }

            if (group.Count == 0)
            {
                continue;
            }

            var items = group.ConvertAll(p => p.Item);
            try
            {
                await _commit(items);
                group.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception ex)
            {
                var reported = _failure(items, ex);
                group.ForEach(p => p.Committed.TrySetException(reported));
            }
        }
    }
}
