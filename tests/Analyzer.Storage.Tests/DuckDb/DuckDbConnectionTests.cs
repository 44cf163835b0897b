using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbConnectionTests : IDisposable
{
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbConnectionTests() => connection = database.Connect();

    public static TheoryData<object, string> BindableValues() => new()
    {
        { true, "BOOLEAN" },
        { 42, "INTEGER" },
        { -9_000_000_000L, "BIGINT" },
        { 2.5d, "DOUBLE" },
        { 1234.567891m, "DECIMAL(10,6)" },
        { -0.000001m, "DECIMAL(7,6)" },
        { 79228162514264337593543950335m, "DECIMAL(29,0)" },
        { "tëxt longer than twelve bytes", "VARCHAR" },
        { new DateOnly(2024, 2, 29), "DATE" },
        { new DateTime(2024, 3, 10, 1, 2, 3, DateTimeKind.Utc).AddTicks(4560), "TIMESTAMP" },
        { new DateTimeOffset(2024, 3, 10, 1, 2, 3, TimeSpan.Zero), "TIMESTAMP WITH TIME ZONE" },
    };

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Theory]
    [MemberData(nameof(BindableValues))]
    public void ExecuteScalar_PositionalParameter_RoundTripsValueAndType(object value, string duckDbType)
    {
        using var reader = connection.ExecuteReader("SELECT $1, typeof($1)", value);
        reader.Read();

        Assert.Equal(value, reader.GetValue(0));
        Assert.Equal(duckDbType, reader.GetString(1));
    }

    [Theory]
    [MemberData(nameof(BindableValues))]
    public void ExecuteScalar_NamedParameter_RoundTripsValue(object value, string duckDbType)
    {
        _ = duckDbType;
        var args = new Dictionary<string, object?> { ["v"] = value };

        var result = connection.ExecuteScalar<object>("SELECT $v", args);

        Assert.Equal(value, result);
    }

    [Fact]
    public void ExecuteScalar_NullParameter_ComparesAsNull()
    {
        var result = connection.ExecuteScalar<bool?>("SELECT $1::INTEGER IS NULL", (object?)null);

        Assert.True(result);
    }

    [Fact]
    public void ExecuteScalar_QuestionMarkParameters_BindInOrder()
    {
        Assert.Equal(7L, connection.ExecuteScalar<long>("SELECT ?::BIGINT - ?::BIGINT", 10L, 3L));
    }

    [Fact]
    public void Execute_NamedParameterWithDollarPrefix_Binds()
    {
        var args = new Dictionary<string, object?> { ["$x"] = 5, ["y"] = 6 };

        Assert.Equal(11, connection.ExecuteScalar<int>("SELECT $x + $y", args));
    }

    [Fact]
    public void Execute_NamedParameterNotGiven_ThrowsStorageExceptionNamingIt()
    {
        var args = new Dictionary<string, object?> { ["nope"] = 1 };

        var error = Assert.Throws<StorageException>(() => connection.Execute("SELECT $x", args));
        Assert.Contains("parameters: x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TooFewPositionalArguments_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => connection.Execute("SELECT $1 + $2", 1));
    }

    [Fact]
    public void Execute_Insert_ReturnsRowsChanged()
    {
        connection.Execute("CREATE TABLE t(x INTEGER)");

        var changed = connection.Execute("INSERT INTO t SELECT range FROM range(25)");

        Assert.Equal(25L, changed);
    }

    [Fact]
    public void Execute_SeveralStatementsWithoutArguments_RunsAll()
    {
        connection.Execute("CREATE TABLE a(x INTEGER); CREATE TABLE b(y INTEGER); INSERT INTO a VALUES (1), (2); INSERT INTO b VALUES (3);");

        Assert.Equal(6L, connection.ExecuteScalar<long>("SELECT (SELECT sum(x) FROM a) + (SELECT sum(y) FROM b)"));
    }

    [Fact]
    public void Execute_MissingTable_ThrowsStorageExceptionWithDuckDbMessage()
    {
        var ex = Assert.Throws<StorageException>(() => connection.Execute("SELECT * FROM nope"));

        Assert.Contains("Catalog Error: Table with name nope does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_SyntaxError_ThrowsStorageExceptionWithDuckDbMessage()
    {
        var ex = Assert.Throws<StorageException>(() => connection.Prepare("SELEKT 1"));

        Assert.Contains("Parser Error", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecuteReader_FailingStatementWithArguments_ThrowsStorageException()
    {
        var ex = Assert.Throws<StorageException>(() => connection.ExecuteReader("SELECT $1::INTEGER", "not a number"));

        Assert.Contains("Could not convert string 'not a number'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecuteScalar_NoRows_ReturnsDefault()
    {
        Assert.Null(connection.ExecuteScalar<string>("SELECT 'x' WHERE false"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT 1::BIGINT WHERE false"));
    }

    [Fact]
    public void ExecuteScalar_HugeIntSumAskedAsIntLongAndDouble_Converts()
    {
        const string Sql = "SELECT sum(range) FROM range(100)";

        Assert.Equal(4950, connection.ExecuteScalar<int>(Sql));
        Assert.Equal(4950L, connection.ExecuteScalar<long>(Sql));
        Assert.Equal(4950d, connection.ExecuteScalar<double?>(Sql));
    }

    [Fact]
    public void ExecuteScalar_BigIntAskedAsInt_Converts()
    {
        Assert.Equal(12, connection.ExecuteScalar<int>("SELECT 12::BIGINT"));
    }

    [Fact]
    public void Prepare_ReusedWithNewArguments_ReturnsEachResult()
    {
        using var statement = connection.Prepare("SELECT $1::INTEGER * 2");

        Assert.Equal(1, statement.ParameterCount);
        Assert.Equal(4, statement.ExecuteScalar<int>(2));
        Assert.Equal(10, statement.ExecuteScalar<int>(5));
    }

    [Fact]
    public void Execute_TwoThreadsOnTwoConnections_BothComplete()
    {
        using var file = new TempDuckDbFile();
        using (var setup = file.Connect())
        {
            setup.Execute("CREATE TABLE a(x BIGINT); CREATE TABLE b(x BIGINT);");
        }

        void Work(string table)
        {
            using var own = file.Connect();
            for (var i = 0; i < 200; i++)
            {
                own.Execute($"INSERT INTO {table} VALUES ($1)", (long)i);
            }
        }

        var first = new Thread(() => Work("a"));
        var second = new Thread(() => Work("b"));
        first.Start();
        second.Start();
        first.Join();
        second.Join();

        using var check = file.Connect();
        Assert.Equal(2 * 19900L, check.ExecuteScalar<long>("SELECT (SELECT sum(x) FROM a) + (SELECT sum(x) FROM b)"));
    }

    [Fact]
    public void ExecuteReader_WhileSameConnectionWrites_StillReadsEveryRow()
    {
        connection.Execute("CREATE TABLE src AS SELECT range AS x FROM range(5000); CREATE TABLE dst(x BIGINT);");
        long read = 0;

        using (var reader = connection.ExecuteReader("SELECT x FROM src"))
        {
            while (reader.Read())
            {
                read += reader.GetInt64(0);
                if (reader.GetInt64(0) % 1000 == 0)
                {
                    connection.Execute("INSERT INTO dst VALUES ($1)", reader.GetInt64(0));
                }
            }
        }

        Assert.Equal(12497500L, read);
        Assert.Equal(5L, connection.ExecuteScalar<long>("SELECT count(*) FROM dst"));
    }
}
