using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests.DuckDb;

public sealed class DuckDbDatabaseTests
{
    [Fact]
    public void LibraryVersion_OfLoadedLibrary_IsThePinnedVersion()
    {
        Assert.Equal("v1.5.6", DuckDbDatabase.LibraryVersion);
    }

    [Fact]
    public void Open_InMemoryTwice_GivesIndependentDatabases()
    {
        using var first = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var second = DuckDbDatabase.Open(DuckDbDatabase.InMemory);
        using var a = first.Connect();
        using var b = second.Connect();
        a.Execute("CREATE TABLE t(x INTEGER)");

        var ex = Assert.Throws<StorageException>(() => b.Execute("SELECT * FROM t"));

        Assert.Contains("Table with name t does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SameFileTwice_SharesOneInstance()
    {
        using var file = new TempDuckDbFile();
        using (var writer = file.Connect())
        {
            writer.Execute("CREATE TABLE t AS SELECT 42 AS x");
        }

        using var again = DuckDbDatabase.Open(file.Path);
        using var reader = again.Connect();

        Assert.Equal(42, reader.ExecuteScalar<int>("SELECT x FROM t"));
    }

    [Fact]
    public void Open_FileClosedAndReopened_KeepsData()
    {
        using var file = new TempDuckDbFile();
        using (var connection = file.Connect())
        {
            connection.Execute("CREATE TABLE t AS SELECT range AS x FROM range(10)");
        }

        file.Database.Dispose();
        using var reopened = DuckDbDatabase.Open(file.Path);
        using var check = reopened.Connect();

        Assert.Equal(45L, check.ExecuteScalar<long>("SELECT sum(x) FROM t"));
    }
}
