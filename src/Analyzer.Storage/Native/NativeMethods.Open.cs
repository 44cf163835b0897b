using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Open Connect, plus the instance cache that keeps one database instance per file in a process.
internal static partial class NativeMethods
{
    internal const string Library = "duckdb";

    [LibraryImport(Library)]
    internal static partial BorrowedString duckdb_library_version();

    [LibraryImport(Library)]
    internal static partial InstanceCacheHandle duckdb_create_instance_cache();

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_instance_cache(ref nint cache);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_get_or_create_from_cache(
        InstanceCacheHandle cache, string path, out DatabaseHandle database, nint config, out OwnedString error);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_open_ext(string path, out DatabaseHandle database, nint config, out OwnedString error);

    [LibraryImport(Library)]
    internal static partial void duckdb_close(ref nint database);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_connect(DatabaseHandle database, out ConnectionHandle connection);

    [LibraryImport(Library)]
    internal static partial void duckdb_disconnect(ref nint connection);
}
