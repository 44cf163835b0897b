using Analyzer.Storage.Native;

namespace Analyzer.Storage.DuckDb;

/// <summary>
/// One DuckDB database: a file, or ":memory:". Opening the same file twice in a process shares one instance (DuckDB
/// allows one writer instance per file). Hand each thread its own <see cref="Connect"/>ion.
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    public const string InMemory = ":memory:";

    private static readonly Lazy<InstanceCacheHandle> Instances = new(NativeMethods.duckdb_create_instance_cache);
    private readonly DatabaseHandle handle;

    private DuckDbDatabase(DatabaseHandle handle, string path)
    {
        this.handle = handle;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The loaded library's version, e.g. "v1.5.6".</summary>
    public static string LibraryVersion => DuckDbLibrary.Version;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>; ":memory:" opens a private in-memory one.</summary>
    public static DuckDbDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        DuckDbLibrary.EnsureCompatible();
        DuckDbState state;
        DatabaseHandle handle;
        OwnedString error;
        if (path == InMemory)
        {
            // In-memory databases are private to each open; the cache would not share them anyway.
            state = NativeMethods.duckdb_open_ext(path, out handle, 0, out error);
        }
        else
        {
            state = NativeMethods.duckdb_get_or_create_from_cache(Instances.Value, System.IO.Path.GetFullPath(path), out handle, 0, out error);
        }

        var message = error.ReadAndFree();
        if (state != DuckDbState.Success)
        {
            handle.Dispose();
            NativeErrors.Throw(message ?? $"Could not open the DuckDB database at {path}.");
        }

        return new DuckDbDatabase(handle, path);
    }

    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (NativeMethods.duckdb_connect(handle, out var connection) != DuckDbState.Success)
        {
            connection.Dispose();
            NativeErrors.Throw($"Could not connect to the DuckDB database at {Path}.");
        }

        return new DuckDbConnection(connection);
    }

    public void Dispose() => handle.Dispose();
}
