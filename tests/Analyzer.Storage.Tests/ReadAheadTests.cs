namespace Analyzer.Storage.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public void Of_LazySourceOfManyChunks_YieldsEveryItemInOrder()
    {
        // 10,001 items: two whole chunks of 4,096 and a part chunk, produced on the read-ahead thread.
        var items = ReadAhead.Of(Lazy(10_001)).ToList();

        Assert.Equal(Enumerable.Range(0, 10_001), items);
    }

    [Fact]
    public void Of_SourceThrowsMidway_ConsumerGetsTheSameExceptionAfterTheItemsBeforeIt()
    {
        var seen = new List<int>();

        var error = Assert.Throws<FormatException>(() =>
        {
            foreach (var item in ReadAhead.Of(ThrowsAt(5_000)))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("bad row 5000", error.Message);
        Assert.Equal(Enumerable.Range(0, 5_000), seen);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_ProducerStopsAndTheSourceIsDisposed()
    {
        var disposed = new ManualResetEventSlim();

        foreach (var item in ReadAhead.Of(Endless(disposed)))
        {
            if (item == 10)
            {
                break;
            }
        }

        // Leaving the loop joins the producer, so the source has been disposed by then.
        Assert.True(disposed.IsSet);
    }

    [Fact]
    public void Of_ACollection_IsReturnedAsItIs()
    {
        int[] items = [1, 2, 3];

        Assert.Same(items, ReadAhead.Of(items));
    }

    private static IEnumerable<int> Lazy(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i;
        }
    }

    private static IEnumerable<int> ThrowsAt(int index)
    {
        for (var i = 0; ; i++)
        {
            if (i == index)
            {
                throw new FormatException($"bad row {i}");
            }

            yield return i;
        }
    }

    private static IEnumerable<int> Endless(ManualResetEventSlim disposed)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                yield return i;
            }
        }
        finally
        {
            disposed.Set();
        }
    }
}
