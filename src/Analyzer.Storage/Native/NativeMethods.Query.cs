using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API sections: Query Execution and Result Functions.
internal static partial class NativeMethods
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_query(ConnectionHandle connection, string query, ResultHandle result);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_result(nint result);

    [LibraryImport(Library)]
    internal static partial BorrowedString duckdb_result_error(ResultHandle result);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_column_count(ResultHandle result);

    [LibraryImport(Library)]
    internal static partial BorrowedString duckdb_column_name(ResultHandle result, ulong column);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_column_logical_type(ResultHandle result, ulong column);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_rows_changed(ResultHandle result);

    /// <summary>Takes duckdb_result by value; returns an invalid handle when the result is exhausted.</summary>
    [LibraryImport(Library)]
    internal static partial DataChunkHandle duckdb_fetch_chunk(NativeResult result);

    [LibraryImport(Library)]
    internal static partial void duckdb_interrupt(ConnectionHandle connection);
}
