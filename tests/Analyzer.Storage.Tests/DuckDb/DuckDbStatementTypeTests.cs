using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbStatementTypeTests : IDisposable
{
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbStatementTypeTests()
    {
        connection = database.Connect();
        connection.Execute("CREATE TABLE t (x INTEGER)");
    }

    [Theory]
    [InlineData("SELECT x FROM t", DuckDbStatementType.Select)]
    [InlineData("WITH a AS (SELECT 1) SELECT * FROM a", DuckDbStatementType.Select)]
    [InlineData("DESCRIBE t", DuckDbStatementType.Select)]
    [InlineData("EXPLAIN SELECT x FROM t", DuckDbStatementType.Explain)]
    [InlineData("INSERT INTO t VALUES (1)", DuckDbStatementType.Insert)]
    [InlineData("UPDATE t SET x = 2", DuckDbStatementType.Update)]
    [InlineData("DELETE FROM t", DuckDbStatementType.Delete)]
    [InlineData("CREATE TABLE u (y INTEGER)", DuckDbStatementType.Create)]
    [InlineData("DROP TABLE t", DuckDbStatementType.Drop)]
    [InlineData("COPY t TO '/tmp/never-written.csv'", DuckDbStatementType.Copy)]
    [InlineData("ATTACH ':memory:' AS other", DuckDbStatementType.Attach)]
    public void StatementType_OfPreparedText_IsWhatDuckDbParsed(string sql, DuckDbStatementType expected)
    {
        using var statement = connection.Prepare(sql);

        Assert.Equal(expected, statement.StatementType);
    }

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }
}
