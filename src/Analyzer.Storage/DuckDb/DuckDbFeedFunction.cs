using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// The table function <c>analyzer_feed(key BIGINT)</c> through which a statement reads a <see cref="DuckDbFeed"/>.
/// DuckDB registers table functions for the whole database instance, and a second registration under the same name is
/// ignored; so the function is registered once per database and finds its rows by the key bound to the statement, in
/// a registry shared by every database of the process.
/// </summary>
internal static class DuckDbFeedFunction
{
    public const string Name = "analyzer_feed";

    private static readonly ConcurrentDictionary<long, DuckDbFeed> Feeds = new();
    private static long lastKey;

    public static void Register(DuckDBConnection connection) =>
        DuckDbErrors.Guard(() => connection.RegisterTableFunction<long>(Name, Bind, static (row, writers, index) => ((Cursor)row!).Feed.Write(writers, index)));

    /// <summary>Makes <paramref name="feed"/> readable as <c>analyzer_feed(key)</c> until the returned scope is disposed.</summary>
    public static Registration Open(DuckDbFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var key = Interlocked.Increment(ref lastKey);
        Feeds[key] = feed;
        return new Registration(key);
    }

    private static TableFunction Bind(IReadOnlyList<IDuckDBValueReader> parameters)
    {
        var key = parameters[0].GetValue<long>();
        return Feeds.TryGetValue(key, out var feed)
            ? new TableFunction(feed.Columns, new Cursor(feed))
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{Name}({key}): no such feed is open."));
    }

    internal readonly struct Registration(long key) : IDisposable
    {
        public long Key => key;

        public void Dispose() => Feeds.TryRemove(key, out _);
    }

    // The function's data: every row is the feed itself at its current position, so no object is made per row.
    // DuckDB.NET disposes nothing of it (not IDisposable): the feed's owner does.
    private sealed class Cursor(DuckDbFeed feed) : IEnumerable, IEnumerator
    {
        public DuckDbFeed Feed => feed;

        public object Current => this;

        public IEnumerator GetEnumerator() => this;

        public bool MoveNext() => feed.MoveNext();

        public void Reset() => throw new NotSupportedException("A feed is read once.");
    }
}
