using DuckDB.NET.Data;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// One DuckDB database: a file, or ":memory:". Opening the same file twice in a process shares one instance (DuckDB
/// allows one writer instance per file; DuckDB.NET keeps one per path). Hand each thread its own
/// <see cref="Connect"/>ion. Every connection has extension auto-install and auto-load off, so no statement reaches
/// the network for an extension; a read-only database also has external access off (no file, URL or extension).
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    public const string InMemory = ":memory:";

    /// <summary>Overrides <see cref="MemoryLimit"/> with DuckDB's own notation, e.g. "6GB".</summary>
    public const string MemoryLimitVariable = "ANALYZER_DUCKDB_MEMORY_LIMIT";

    // Held open for the database's lifetime: DuckDB.NET closes an instance when its last connection closes, and each
    // Connect would otherwise reopen the file.
    private readonly DuckDBConnection anchor;
    private readonly string connectionString;
    private bool disposed;

    private DuckDbDatabase(DuckDBConnection anchor, string connectionString, string path, bool readOnly)
    {
        this.anchor = anchor;
        this.connectionString = connectionString;
        Path = path;
        ReadOnly = readOnly;
    }

    public string Path { get; }

    /// <summary>Opened with DuckDB's read-only access mode and external access off: no statement can write.</summary>
    public bool ReadOnly { get; }

    /// <summary>
    /// DuckDB's memory_limit for every database this process opens: <see cref="MemoryLimitVariable"/> when set, else
    /// an eighth of the memory this process may use (a container's limit where there is one). DuckDB's own default is
    /// 80%, which leaves nothing for the engine's managed memory at scale, and DuckDB keeps the store's blocks it read
    /// cached up to the limit: on a 24 GiB machine a 100,000-workload analysis peaked at 8.0 GiB with a quarter (14-day
    /// lookback) and at 7.0 GiB with an eighth (30-day); its statements read one batch of workloads at a time. Above the
    /// limit DuckDB spills large sorts, aggregates and joins to its temp_directory (the store's path with ".tmp").
    /// </summary>
    public static string MemoryLimit =>
        Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } configured
            ? configured
            : $"{Math.Max(256, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8 / (1024 * 1024))}MB";

    /// <summary>The loaded library's version, e.g. "v1.5.6".</summary>
    public static string LibraryVersion => DuckDbLibrary.Version;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>; ":memory:" opens a private in-memory one.</summary>
    public static DuckDbDatabase Open(string path) => Open(path, readOnly: false);

    /// <summary>
    /// Opens an existing database file with DuckDB's own read-only access mode, external access (files, URLs,
    /// extensions) off and the configuration locked, so no statement can change the file or anything outside it.
    /// </summary>
    public static DuckDbDatabase OpenReadOnly(string path) => Open(path, readOnly: true);

    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return new DuckDbConnection(DuckDbErrors.Guard(() =>
        {
            // A private in-memory database is reached only through its first connection; a file by its path.
            var connection = Path == InMemory ? anchor.Duplicate() : new DuckDBConnection(connectionString);
            connection.Open();
            return connection;
        }));
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        anchor.Dispose();
    }

    private static DuckDbDatabase Open(string path, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DuckDbLibrary.EnsureCompatible();
        var builder = new DuckDBConnectionStringBuilder
        {
            DataSource = path == InMemory ? InMemory : System.IO.Path.GetFullPath(path),
            ["autoinstall_known_extensions"] = "false",
            ["autoload_known_extensions"] = "false",
            ["memory_limit"] = MemoryLimit,
        };
        if (readOnly)
        {
            builder["access_mode"] = "READ_ONLY";
            builder["enable_external_access"] = "false";
            builder["lock_configuration"] = "true";
        }

        var anchor = new DuckDBConnection(builder.ConnectionString);
        try
        {
            DuckDbErrors.Guard(anchor.Open);
        }
        catch
        {
            anchor.Dispose();
            throw;
        }

        return new DuckDbDatabase(anchor, builder.ConnectionString, path, readOnly);
    }
}
