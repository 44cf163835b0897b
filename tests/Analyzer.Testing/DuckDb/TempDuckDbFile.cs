using Analyzer.Storage.DuckDb;

namespace Analyzer.Testing.DuckDb;

/// <summary>
/// A real DuckDB database in a fresh temp directory, deleted (with its WAL) on dispose. Use one per test, or share
/// one through xunit's IClassFixture.
/// </summary>
public sealed class TempDuckDbFile : IDisposable
{
    private readonly string directory;

    public TempDuckDbFile()
    {
        directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analyzer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, "test.duckdb");
        Database = DuckDbDatabase.Open(Path);
    }

    /// <summary>The database file's path; open it again (e.g. through AnalyzerStore) to share the same instance.</summary>
    public string Path { get; }

    public DuckDbDatabase Database { get; }

    public DuckDbConnection Connect() => Database.Connect();

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A connection a test leaked still holds the file; the OS temp cleaner gets it later.
        }
    }
}
