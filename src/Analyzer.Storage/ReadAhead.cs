using System.Threading.Channels;

namespace Analyzer.Storage;

/// <summary>
/// Enumerates a lazy source on a thread of its own, a few chunks ahead of the consumer, so producing rows (a
/// collector parsing a response, the demo generating samples) overlaps with appending them to DuckDB instead of
/// taking turns on one core. The consumer sees the same items in the same order, and the source's exception at the
/// point it was thrown. Stopping early (an append failed) stops the producer. On one core it is a plain foreach.
/// The source must not share anything thread-bound with the consumer (e.g. the connection appended to).
/// </summary>
internal static class ReadAhead
{
    private const int ChunkSize = 4096;
    private const int ChunksAhead = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Environment.ProcessorCount < 2 || source is ICollection<T> ? source : Enumerate(source);
    }

    private static IEnumerable<T> Enumerate<T>(IEnumerable<T> source)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var producer = new Thread(() => Produce(source, channel.Writer, stop.Token)) { IsBackground = true, Name = "load read-ahead" };
        producer.Start();
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var chunk))
                {
                    foreach (var item in chunk)
                    {
                        yield return item;
                    }
                }
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }

    private static void Produce<T>(IEnumerable<T> source, ChannelWriter<T[]> writer, CancellationToken stop)
    {
        var chunk = new List<T>(ChunkSize);
        Exception? failure = null;
        try
        {
            foreach (var item in source)
            {
                chunk.Add(item);
                if (chunk.Count == ChunkSize)
                {
                    writer.WriteAsync([.. chunk], stop).AsTask().GetAwaiter().GetResult();
                    chunk.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            writer.TryComplete();
            return;
        }
        catch (Exception ex)
        {
            // Handed to the consumer after the items before it, and rethrown where it reads.
            failure = ex;
        }

        try
        {
            if (chunk.Count > 0)
            {
                writer.WriteAsync([.. chunk], stop).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        writer.TryComplete(failure);
    }
}
