using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbAppenderTests : IDisposable
{
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbAppenderTests() => connection = database.Connect();

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Fact]
    public void Append_MillionRows_SumsMatch()
    {
        connection.Execute("CREATE TABLE big(id BIGINT, v DOUBLE, name VARCHAR)");

        using (var appender = connection.CreateAppender("big"))
        {
            for (long i = 0; i < 1_000_000; i++)
            {
                appender.Append(i).Append(i * 0.5).Append((i % 3) == 0 ? "three" : null).EndRow();
            }
        }

        using var reader = connection.ExecuteReader("SELECT count(*), sum(id), sum(v), count(name) FROM big");
        reader.Read();
        Assert.Equal(1_000_000L, reader.GetInt64(0));
        Assert.Equal(499_999_500_000m, reader.GetDecimal(1));
        Assert.Equal(249_999_750_000d, reader.GetDouble(2));
        Assert.Equal(333_334L, reader.GetInt64(3));
    }

    [Fact]
    public void AppendUtf8_EncodedOnce_StoresTheText()
    {
        connection.Execute("CREATE TABLE t(id INTEGER, s VARCHAR)");
        var text = System.Text.Encoding.UTF8.GetBytes("i-0abc naïve über twelve bytes");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(1).AppendUtf8(text).EndRow();
            appender.Append(2).AppendUtf8(text).EndRow();
            appender.Append(3).AppendUtf8(null).EndRow();
        }

        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM t WHERE s = 'i-0abc naïve über twelve bytes'"));
        Assert.Equal(3, connection.ExecuteScalar<int>("SELECT id FROM t WHERE s IS NULL"));
    }

    [Fact]
    public void AppendRow_WholeRows_WritesEachColumnAsItsType()
    {
        connection.Execute("CREATE TABLE t(name VARCHAR, hour TIMESTAMP, v DOUBLE)");
        var at = new DateTime(2024, 5, 6, 7, 0, 0, DateTimeKind.Utc);

        using (var appender = connection.CreateAppender("t"))
        {
            Assert.Equal(["name", "hour", "v"], appender.ColumnNames);
            Assert.Equal(["VARCHAR", "TIMESTAMP", "DOUBLE"], appender.ColumnTypes);
            for (var i = 0; i < 3000; i++)
            {
                // 3,000 rows cross DuckDB's 2,048-row chunk.
                appender.AppendRow(i, static (row, n) => row.AppendValue("w" + (n % 3)).AppendValue((DateTime?)new DateTime(2024, 5, 6, 7, 0, 0, DateTimeKind.Utc).AddHours(n)).AppendValue(n % 2 == 0 ? n * 0.5 : null));
            }
        }

        // v: the 1,500 even n from 0 to 2,998, halved: 0.5 x (0 + 2 + ... + 2,998) = 0.5 x 2 x (1,499 x 1,500 / 2) = 1,124,250.
        using var reader = connection.ExecuteReader("SELECT count(*), count(v), sum(v), count(DISTINCT name), min(hour), max(hour) FROM t");
        reader.Read();
        Assert.Equal((3000L, 1500L, 1_124_250d, 3L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3)));
        Assert.Equal(at, reader.GetDateTime(4));
        Assert.Equal(at.AddHours(2999), reader.GetDateTime(5));
    }

    [Fact]
    public void AppendRow_AfterHalfAppendedRow_Throws()
    {
        connection.Execute("CREATE TABLE t(a INTEGER, b INTEGER)");
        using var appender = connection.CreateAppender("t");
        appender.Append(1);

        Assert.Throws<InvalidOperationException>(() => appender.AppendRow(2, static (row, n) => row.AppendValue((int?)n).AppendValue((int?)n)));
    }

    [Fact]
    public void Append_EveryScalarType_RoundTrips()
    {
        connection.Execute(
            "CREATE TABLE t(b BOOLEAN, i INTEGER, l BIGINT, d DOUBLE, m DECIMAL(18,6), s VARCHAR, dt DATE, ts TIMESTAMP, n INTEGER)");
        var timestamp = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1230);

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(true).Append(-5).Append(long.MaxValue).Append(0.1).Append(123456789012.345678m)
                .Append("naïve string over twelve bytes").Append(new DateOnly(2000, 2, 29)).Append(timestamp).Append((int?)null).EndRow();
        }

        using var reader = connection.ExecuteReader("SELECT * FROM t");
        reader.Read();
        Assert.True(reader.GetBoolean(0));
        Assert.Equal(-5, reader.GetInt32(1));
        Assert.Equal(long.MaxValue, reader.GetInt64(2));
        Assert.Equal(0.1, reader.GetDouble(3));
        Assert.Equal(123456789012.345678m, reader.GetDecimal(4));
        Assert.Equal("naïve string over twelve bytes", reader.GetString(5));
        Assert.Equal(new DateOnly(2000, 2, 29), reader.GetDate(6));
        Assert.Equal(timestamp, reader.GetDateTime(7));
        Assert.True(reader.IsDBNull(8));
    }

    [Fact]
    public void Append_DecimalWithMoreDigitsThanScale_IsRoundedByDuckDb()
    {
        connection.Execute("CREATE TABLE t(m DECIMAL(18,6))");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(0.0000015m).EndRow();
        }

        Assert.Equal(0.000002m, connection.ExecuteScalar<decimal>("SELECT m FROM t"));
    }

    [Fact]
    public void Append_TagsAsTwoLists_BuildTheMapInSql()
    {
        // The appender cannot write MAP values: tags are staged as keys and values, and SQL builds the map.
        connection.Execute("CREATE TABLE t(id INTEGER, tag_keys VARCHAR[], tag_values VARCHAR[])");
        var tags = new Dictionary<string, string> { ["team"] = "payments", ["cost-center"] = "ünïcode value longer than 12", ["empty"] = "" };

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(1).Append(tags.Keys.ToArray()).Append(tags.Values.ToArray()).EndRow();
            appender.Append(2).Append(Array.Empty<string>()).Append(Array.Empty<string>()).EndRow();
            appender.Append(3).Append((IReadOnlyList<string>?)null).Append((IReadOnlyList<string>?)null).EndRow();
        }

        using var reader = connection.ExecuteReader(
            "SELECT CASE WHEN tag_keys IS NULL THEN NULL ELSE map(tag_keys, tag_values) END AS tags, tags['team'] FROM t ORDER BY id");
        reader.Read();
        Assert.Equal(tags.OrderBy(p => p.Key, StringComparer.Ordinal), reader.GetMap(0).Select(p => new KeyValuePair<string, string>(p.Key, (string)p.Value!)).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("payments", reader.GetString(1));
        reader.Read();
        Assert.Empty(reader.GetMap(0));
        reader.Read();
        Assert.True(reader.IsDBNull(0));
    }

    [Fact]
    public void CreateAppender_MissingTable_ThrowsStorageException()
    {
        var ex = Assert.Throws<StorageException>(() => connection.CreateAppender("nope"));

        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndRow_TooFewColumns_ThrowsStorageExceptionAndDisposeDiscards()
    {
        connection.Execute("CREATE TABLE t(a INTEGER, b INTEGER)");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(1).Append(2).EndRow();
            appender.Append(3);
            Assert.Throws<StorageException>(() => appender.EndRow());
        }

        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Close_ConstraintViolation_ThrowsStorageException()
    {
        connection.Execute("CREATE TABLE t(a INTEGER NOT NULL)");
        using var appender = connection.CreateAppender("t");
        appender.AppendNull().EndRow();

        var ex = Assert.Throws<StorageException>(appender.Close);

        Assert.Contains("NOT NULL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_NullsAcrossChunkBoundaries_StayOnTheirRows()
    {
        connection.Execute("CREATE TABLE t(id BIGINT, v DOUBLE, s VARCHAR)");

        using (var appender = connection.CreateAppender("t"))
        {
            for (long i = 0; i < 5000; i++)
            {
                appender.Append(i).Append(i % 3 == 0 ? null : (double?)i).Append(i % 5 == 0 ? null : "s" + i).EndRow();
            }
        }

        using var reader = connection.ExecuteReader(
            "SELECT count(v), sum(v), count(s), count(*) FILTER (WHERE s <> 's' || id) FROM t");
        reader.Read();
        Assert.Equal(3333L, reader.GetInt64(0));
        Assert.Equal(12497500d - (3 * 1666 * 1667 / 2), reader.GetDouble(1));
        Assert.Equal(4000L, reader.GetInt64(2));
        Assert.Equal(0L, reader.GetInt64(3));
    }

    [Theory]
    [InlineData("DECIMAL(4,1)", "-123.4")]
    [InlineData("DECIMAL(9,2)", "1234567.89")]
    [InlineData("DECIMAL(18,6)", "-123456789012.345678")]
    [InlineData("DECIMAL(38,10)", "1234567890123456789.0123456789")]
    [InlineData("DECIMAL(38,10)", "-0.0000000001")]
    public void Append_DecimalEachWidth_RoundTripsExactly(string type, string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        connection.Execute($"CREATE TABLE t(m {type})");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(value).EndRow();
        }

        Assert.Equal(value, connection.ExecuteScalar<decimal>("SELECT m FROM t"));
    }

    [Fact]
    public void Append_DecimalTooWideForColumn_ThrowsStorageException()
    {
        connection.Execute("CREATE TABLE t(m DECIMAL(4,1))");
        using var appender = connection.CreateAppender("t");

        Assert.Throws<StorageException>(() => appender.Append(1000m));
    }

    [Fact]
    public void Append_IntegersIntoDoubleAndDecimalColumns_Convert()
    {
        connection.Execute("CREATE TABLE t(d DOUBLE, m DECIMAL(18,6), l BIGINT)");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(3).Append(4L).Append(5).EndRow();
        }

        Assert.Equal(12m, connection.ExecuteScalar<decimal>("SELECT d + m + l FROM t"));
    }

    [Fact]
    public void Append_StringIntoIntegerColumn_ThrowsAndDisposeDiscards()
    {
        connection.Execute("CREATE TABLE t(a INTEGER, b INTEGER)");

        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(1).Append(2).EndRow();
            Assert.Throws<InvalidCastException>(() => appender.Append("x"));
        }

        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }
}
