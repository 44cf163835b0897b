using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Appender.
internal static unsafe partial class NativeMethods
{
    /// <summary>Sets <paramref name="appender"/> even on failure: its error text is read from it, then it is destroyed.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_appender_create(ConnectionHandle connection, string? schema, string table, out AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial BorrowedString duckdb_appender_error(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_appender_column_count(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_flush(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_close(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_clear(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_destroy(ref nint appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_end_row(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_null(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_bool(AppenderHandle appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_int32(AppenderHandle appender, int value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_int64(AppenderHandle appender, long value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_double(AppenderHandle appender, double value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_varchar_length(AppenderHandle appender, byte* value, ulong length);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_date(AppenderHandle appender, int days);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_timestamp(AppenderHandle appender, long micros);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_value(AppenderHandle appender, ValueHandle value);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_appender_column_type(AppenderHandle appender, ulong column);

    /// <summary>Appends a whole chunk whose column types are exactly the appender's.</summary>
    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_data_chunk(AppenderHandle appender, DataChunkHandle chunk);
}
