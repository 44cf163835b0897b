namespace Analyzer.Analysis.Tests;

/// <summary>
/// <see cref="ReadAhead{T}"/> reads items in order, at most one ahead, never two at once, and leaves no read running
/// when Take returns or Dispose returns (the reads share one DuckDB connection with the caller).
/// </summary>
public sealed class ReadAheadTests
{
    [Fact]
    public void Take_WithPrefetchBetween_ReadsEachItemOnceInOrderAndNeverTwoAtOnce()
    {
        var (running, most, reads) = (0, 0, new List<int>());
        using var ahead = new ReadAhead<int>(4, i =>
        {
            var now = Interlocked.Increment(ref running);
            lock (reads)
            {
                most = Math.Max(most, now);
                reads.Add(i);
            }

            Thread.Sleep(20);
            Interlocked.Decrement(ref running);
            return i * 10;
        });

        var taken = new List<int>();
        while (ahead.More)
        {
            taken.Add(ahead.Take());
            // Between Take and Prefetch no read runs: the caller's own use of the connection goes here.
            Assert.Equal(0, Volatile.Read(ref running));
            ahead.Prefetch();
            Thread.Sleep(5);
        }

        Assert.Equal([0, 10, 20, 30], taken);
        Assert.Equal([0, 1, 2, 3], reads);
        Assert.Equal(1, most);
    }

    [Fact]
    public void Dispose_WithAFailedReadNotTaken_WaitsForItAndDoesNotThrow()
    {
        var finished = false;
        var ahead = new ReadAhead<int>(2, i =>
        {
            if (i == 0)
            {
                return 0;
            }

            Thread.Sleep(50);
            finished = true;
            throw new InvalidOperationException("read failed");
        });
        Assert.Equal(0, ahead.Take());
        ahead.Prefetch();

        ahead.Dispose();

        Assert.True(finished);
    }

    [Fact]
    public void Take_WhenThePrefetchedReadFails_ThrowsItsException()
    {
        using var ahead = new ReadAhead<int>(2, i => i == 1 ? throw new InvalidOperationException("read failed") : i);
        ahead.Take();
        ahead.Prefetch();

        var error = Assert.Throws<InvalidOperationException>(() => ahead.Take());

        Assert.Equal("read failed", error.Message);
    }
}
