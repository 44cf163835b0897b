using System.Diagnostics;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage.Tests;

public sealed class StoreSnapshotTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("snapshot-tests-").FullName;
    private readonly string storePath;

    public StoreSnapshotTests()
    {
        storePath = Path.Combine(directory, "store.duckdb");
        using var store = AnalyzerStore.Open(storePath, TimeProvider.System);
        using var connection = store.Connect();
        connection.Execute("INSERT INTO accounts VALUES ('111111111111', 'prod'), ('222222222222', 'dev')");
    }

    [Theory]
    [InlineData("EXPLAIN ANALYZE DELETE FROM accounts")]
    [InlineData("DELETE FROM accounts")]
    [InlineData("EXPLAIN ANALYZE INSERT INTO schema_migrations VALUES (9999, 'bricked', now())")]
    [InlineData("EXPLAIN ANALYZE COPY (SELECT * FROM accounts) TO 'leak.csv'")]
    [InlineData("COPY accounts TO 'leak.csv'")]
    [InlineData("CREATE TABLE planted AS SELECT 1")]
    [InlineData("ATTACH 'other.duckdb' AS other")]
    [InlineData("SET enable_external_access = true")]
    public void Connect_StatementThatWritesOrReachesOut_IsRefusedAndChangesNothing(string sql)
    {
        var before = Fingerprint();
        using (var snapshot = StoreSnapshot.Open(storePath))
        using (var connection = snapshot.Connect())
        {
            var refused = Assert.Throws<StorageException>(() => connection.Execute(sql));

            Assert.True(refused.Refusal, refused.Message);
        }

        Assert.Equal(before, Fingerprint());
        Assert.Empty(Directory.GetFiles(directory, "leak.csv", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(directory, "other.duckdb", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "leak.csv")));
    }

    [Fact]
    public void Connect_ReadCsvFromUrl_IsRefusedWithoutReachingTheNetwork()
    {
        using var snapshot = StoreSnapshot.Open(storePath);
        using var connection = snapshot.Connect();

        // 203.0.113.0/24 is TEST-NET-3: nothing answers there, so only a refusal before any connect returns at once.
        var refused = Assert.Throws<StorageException>(() => connection.Execute("SELECT * FROM read_csv('https://203.0.113.7/prices.csv')"));

        Assert.True(refused.Refusal, refused.Message);
    }

    [Fact]
    public void Open_WhileAnotherProcessHoldsTheWriteLock_ReadsTheCommittedRows()
    {
        using var holder = HoldWriteLock(storePath);
        // The lock is real: a writer in this process cannot open the store now.
        var locked = Assert.Throws<StorageException>(() => DuckDbDatabase.Open(storePath).Dispose());
        Assert.Contains("lock", locked.Message, StringComparison.OrdinalIgnoreCase);

        using var snapshot = StoreSnapshot.Open(storePath);
        using var connection = snapshot.Connect();

        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM accounts"));
    }

    [Fact]
    public void Open_StoreWithUncheckpointedCommits_SeesThem()
    {
        using (var store = AnalyzerStore.Open(storePath, TimeProvider.System))
        using (var connection = store.Connect())
        {
            connection.Execute("SET checkpoint_threshold = '1TB'");
            connection.Execute("INSERT INTO accounts VALUES ('333333333333', 'staging')");

            // Read while the writer still has the store open, its last commit only in the write-ahead log.
            using var snapshot = StoreSnapshot.Open(storePath);
            using var reader = snapshot.Connect();

            Assert.Equal(3L, reader.ExecuteScalar<long>("SELECT count(*) FROM accounts"));
        }
    }

    [Fact]
    public void Dispose_RemovesThePrivateCopy()
    {
        var before = Directory.GetDirectories(Path.GetTempPath(), "analyzer-sql-*").ToHashSet(StringComparer.Ordinal);
        var snapshot = StoreSnapshot.Open(storePath);
        var mine = Directory.GetDirectories(Path.GetTempPath(), "analyzer-sql-*").Where(d => !before.Contains(d)).ToArray();

        snapshot.Dispose();

        var folder = Assert.Single(mine);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Open_NoStore_ThrowsStorageExceptionNamingThePath()
    {
        var missing = Path.Combine(directory, "missing.duckdb");

        var error = Assert.Throws<StorageException>(() => StoreSnapshot.Open(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A store a failed test left open still holds the file; the OS temp cleaner gets it later.
        }
    }

    // What the store holds, read by a fresh writer: accounts and migrations as text.
    private string Fingerprint()
    {
        using var store = AnalyzerStore.Open(storePath, TimeProvider.System);
        using var connection = store.Connect();
        return connection.ExecuteScalar<string>(
            "SELECT (SELECT string_agg(account_id || name, ',' ORDER BY account_id) FROM accounts) || '|' || " +
            "(SELECT string_agg(version::VARCHAR, ',' ORDER BY version) FROM schema_migrations) || '|' || " +
            "(SELECT count(*) FROM duckdb_tables())")!;
    }

    // DuckDB's writer lock is an fcntl lock on the file; a second process takes the same one, as a running
    // analyze or collect would.
    private static LockHolder HoldWriteLock(string path)
    {
        var process = Process.Start(new ProcessStartInfo("python3")
        {
            ArgumentList =
            {
                "-c",
                "import fcntl, sys, time\nf = open(sys.argv[1], 'r+b')\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\nsys.stdin.read()",
                path,
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        Assert.Equal("locked", process.StandardOutput.ReadLine());
        return new LockHolder(process);
    }

    private sealed class LockHolder(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(10_000))
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}
