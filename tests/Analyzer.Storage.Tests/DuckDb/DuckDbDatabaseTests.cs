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

    [Fact]
    public void Connect_EveryConnection_HasExtensionAutoInstallAndAutoLoadOff()
    {
        using var file = new TempDuckDbFile();
        using var connection = file.Connect();

        Assert.Equal("false", connection.ExecuteScalar<string>("SELECT current_setting('autoinstall_known_extensions')::VARCHAR"));
        Assert.Equal("false", connection.ExecuteScalar<string>("SELECT current_setting('autoload_known_extensions')::VARCHAR"));
    }

    [Fact]
    public void Connect_ReadCsvOverHttps_FailsAtOnceWithoutFetchingAnExtension()
    {
        using var file = new TempDuckDbFile();
        using var connection = file.Connect();

        // TEST-NET-3 never answers: a download attempt would hang, not fail with DuckDB's missing-extension error.
        var error = Assert.Throws<StorageException>(() => connection.Execute("SELECT * FROM read_csv('https://203.0.113.7/prices.csv')"));

        Assert.Contains("httpfs", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'httpfs' AND loaded"));
    }

    [Fact]
    public void Connect_ReadCsvOfLocalFile_StillWorks()
    {
        using var file = new TempDuckDbFile();
        var csv = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file.Path)!, "lines.csv");
        File.WriteAllText(csv, "day,cost\n2026-10-01,1.25\n2026-10-02,2.50\n");
        using var connection = file.Connect();

        Assert.Equal(3.75m, connection.ExecuteScalar<decimal>("SELECT sum(cost::DECIMAL(18,2)) FROM read_csv($1)", csv));
    }

    [Fact]
    public void OpenReadOnly_Insert_IsRefusedByDuckDb()
    {
        using var file = new TempDuckDbFile();
        using (var writer = file.Connect())
        {
            writer.Execute("CREATE TABLE t AS SELECT 1 AS x");
        }

        file.Database.Dispose();
        using var database = DuckDbDatabase.OpenReadOnly(file.Path);
        using var connection = database.Connect();

        var refused = Assert.Throws<StorageException>(() => connection.Execute("INSERT INTO t VALUES (2)"));

        Assert.True(refused.Refusal, refused.Message);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }
}
