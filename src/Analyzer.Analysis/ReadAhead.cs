namespace Analyzer.Analysis;

/// <summary>
/// Reads items one at a time, in order, at most one ahead of the caller: <see cref="Take"/> returns the next item (read
/// now, or by the read <see cref="Prefetch"/> started), and <see cref="Prefetch"/> starts reading the one after it on its
/// own thread while the caller works on what it took. A batch's profiles are read from DuckDB while the one before is
/// evaluated, so the store and the evaluation use the cores the other leaves idle, and no more than two batches are held
/// (and the options' JSON details of one chunk are formatted while the chunk before is appended).
/// <para>
/// The reads share one connection (the staged window is TEMP tables on it), so at most one runs at a time, and none
/// runs between <see cref="Take"/> and <see cref="Prefetch"/>: the caller may use the connection there.
/// <see cref="Dispose"/> waits for a read still running, so the connection is free when it returns.
/// </para>
/// </summary>
internal sealed class ReadAhead<T>(int count, Func<int, T> read) : IDisposable
{
    private Task<T>? pending;
    private int next;

    /// <summary>Whether an item is left to <see cref="Take"/>.</summary>
    public bool More => next < count;

    /// <summary>The next item, waiting for its read if one is running; no read runs when it returns.</summary>
    public T Take()
    {
        ObjectDisposedException.ThrowIf(next < 0, this);
        if (!More)
        {
            throw new InvalidOperationException("Every item was taken.");
        }

        var index = next++;
        if (pending is { } running)
        {
            pending = null;
            return running.GetAwaiter().GetResult();
        }

        return read(index);
    }

    /// <summary>Starts reading the next item on its own thread, if one is left and none is being read.</summary>
    public void Prefetch()
    {
        ObjectDisposedException.ThrowIf(next < 0, this);
        if (pending is null && More)
        {
            var index = next;
            // Its own thread, not the pool's: a read waits in DuckDB for seconds, and the evaluation's Parallel.For wants the pool.
            pending = Task.Factory.StartNew(() => read(index), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    public void Dispose()
    {
        next = -1;
        if (pending is not { } running)
        {
            return;
        }

        pending = null;
        try
        {
            running.Wait();
        }
        catch (AggregateException)
        {
            // The read was not taken: its failure is not the caller's (who is usually propagating another exception).
        }
    }
}
