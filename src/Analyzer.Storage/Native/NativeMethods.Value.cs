using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Value Interface (only what the appender needs for MAP values).
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_varchar_length(byte* text, ulong length);

    /// <summary>Copies the keys and values; returns an invalid handle when the types do not fit the map type.</summary>
    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_map_value(LogicalTypeHandle mapType, nint* keys, nint* values, ulong count);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_value(ref nint value);
}
