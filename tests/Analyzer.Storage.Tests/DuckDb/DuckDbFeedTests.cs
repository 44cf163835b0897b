using Analyzer.Storage.DuckDb;
using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Writer;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbFeedTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoArgs = [];
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbFeedTests()
    {
        connection = database.Connect();
        connection.Execute("CREATE TABLE t (name VARCHAR, v DOUBLE)");
    }

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Fact]
    public void ExecuteFeed_RowsOverSeveralChunks_InsertsEveryValueInOrder()
    {
        // 5,000 rows: two whole chunks of 2,048 and a part chunk of 904. Every third v is NULL (rows 0, 3, ...: 1,667);
        // the rest sum to 0.5 * (sum of 0..4,999 - sum of the multiples of 3 up to 4,998) = 0.5 * (12,497,500 - 4,165,833)
        // = 4,165,833.5.
        var feed = new NumberFeed(5_000);

        var inserted = connection.ExecuteFeed("INSERT INTO t SELECT name, v FROM analyzer_feed($feed)", feed, NoArgs);

        Assert.Equal(5_000, inserted);
        using var reader = connection.ExecuteReader("SELECT count(v), sum(v), min(name), count(DISTINCT name) FROM t");
        reader.Read();
        Assert.Equal(3_333L, reader.GetInt64(0));
        Assert.Equal(4_165_833.5, reader.GetDouble(1));
        Assert.Equal("row 0", reader.GetString(2));
        Assert.Equal(5_000L, reader.GetInt64(3));
    }

    [Fact]
    public void ExecuteFeed_FeedStopsAndResumes_SecondStatementContinuesWhereTheFirstStopped()
    {
        var feed = new NumberFeed(10) { StopAt = 4 };

        var first = connection.ExecuteFeed("INSERT INTO t SELECT name, v FROM analyzer_feed($feed)", feed, NoArgs);
        feed.StopAt = null;
        var second = connection.ExecuteFeed("INSERT INTO t SELECT name || ' again', v FROM analyzer_feed($feed)", feed, NoArgs);

        Assert.Equal((4L, 6L), (first, second));
        Assert.Equal("row 3|row 4 again", connection.ExecuteScalar<string>("SELECT max(name) FILTER (WHERE name NOT LIKE '% again') || '|' || min(name) FILTER (WHERE name LIKE '% again') FROM t"));
    }

    [Fact]
    public void ExecuteFeed_Always_LeavesDuckDbsThreadCountAsItWas()
    {
        var before = connection.ExecuteScalar<string>("SELECT current_setting('threads')");

        connection.ExecuteFeed("INSERT INTO t SELECT name, v FROM analyzer_feed($feed)", new NumberFeed(3), NoArgs);
        Assert.Throws<StorageException>(() => connection.ExecuteFeed("INSERT INTO missing SELECT * FROM analyzer_feed($feed)", new NumberFeed(3), NoArgs));

        Assert.Equal(before, connection.ExecuteScalar<string>("SELECT current_setting('threads')"));
    }

    [Fact]
    public void AnalyzerFeed_KeyOfNoOpenFeed_FailsWithStorageException()
    {
        var ex = Assert.Throws<StorageException>(() => connection.Execute("SELECT * FROM analyzer_feed(987654321)"));

        Assert.Contains("no such feed", ex.Message, StringComparison.Ordinal);
    }

    // Rows "row i" with v = i / 2, NULL for every third row; stops before row StopAt when set.
    private sealed class NumberFeed(int count) : DuckDbFeed
    {
        private int next;

        public int? StopAt { get; set; }

        public override IReadOnlyList<ColumnInfo> Columns { get; } = [new("name", typeof(string)), new("v", typeof(double))];

        public override bool MoveNext()
        {
            if (next >= count || next == StopAt)
            {
                return false;
            }

            next++;
            return true;
        }

        public override void Write(IDuckDBDataWriter[] columns, ulong row)
        {
            var i = next - 1;
            columns[0].WriteValue($"row {i}", row);
            if (i % 3 == 0)
            {
                columns[1].WriteNull(row);
            }
            else
            {
                columns[1].WriteValue(i * 0.5, row);
            }
        }
    }
}
