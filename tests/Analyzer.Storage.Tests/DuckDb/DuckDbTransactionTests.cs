using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbTransactionTests : IDisposable
{
    private readonly DuckDbDatabase database = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
    private readonly DuckDbConnection connection;

    public DuckDbTransactionTests()
    {
        connection = database.Connect();
        connection.Execute("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2);");
    }

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }

    [Fact]
    public void Rollback_AfterInsertAndDelete_LeavesDataAsItWas()
    {
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("DELETE FROM t WHERE x = 1");
            connection.Execute("INSERT INTO t VALUES (100)");
            transaction.Rollback();
        }

        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT sum(x) FROM t"));
    }

    [Fact]
    public void Dispose_WithoutCommit_RollsBack()
    {
        using (connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (100)");
        }

        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void Commit_AfterInsert_KeepsRows()
    {
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (100)");
            transaction.Commit();
        }

        Assert.Equal(103L, connection.ExecuteScalar<long>("SELECT sum(x) FROM t"));
    }

    [Fact]
    public void Dispose_AfterFailedStatement_RollsBackAndConnectionStaysUsable()
    {
        using (connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO t VALUES (100)");
            Assert.Throws<StorageException>(() => connection.Execute("INSERT INTO nope VALUES (1)"));
        }

        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT sum(x) FROM t"));
    }

    [Fact]
    public void Rollback_AppenderRowsInTransaction_AreDiscarded()
    {
        using (var transaction = connection.BeginTransaction())
        {
            using (var appender = connection.CreateAppender("t"))
            {
                appender.Append(7).EndRow();
            }

            transaction.Rollback();
        }

        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }
}
