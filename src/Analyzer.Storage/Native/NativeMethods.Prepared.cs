using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API sections: Prepared Statements, Bind Values to Prepared Statements, Execute Prepared Statements.
// duckdb_date and duckdb_timestamp are one-field structs, passed exactly like the int32/int64 declared here.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_prepare(ConnectionHandle connection, string query, out PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial BorrowedString duckdb_prepare_error(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_prepare(ref nint statement);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_nparams(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial Analyzer.Storage.DuckDb.DuckDbStatementType duckdb_prepared_statement_type(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial OwnedString duckdb_parameter_name(PreparedStatementHandle statement, ulong index);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_bind_parameter_index(PreparedStatementHandle statement, out ulong index, string name);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_clear_bindings(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_boolean(PreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int8(PreparedStatementHandle statement, ulong index, sbyte value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int16(PreparedStatementHandle statement, ulong index, short value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int32(PreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int64(PreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_uint8(PreparedStatementHandle statement, ulong index, byte value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_uint16(PreparedStatementHandle statement, ulong index, ushort value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_uint32(PreparedStatementHandle statement, ulong index, uint value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_uint64(PreparedStatementHandle statement, ulong index, ulong value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_hugeint(PreparedStatementHandle statement, ulong index, NativeHugeInt value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_float(PreparedStatementHandle statement, ulong index, float value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_double(PreparedStatementHandle statement, ulong index, double value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_decimal(PreparedStatementHandle statement, ulong index, NativeDecimal value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_date(PreparedStatementHandle statement, ulong index, int days);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_timestamp(PreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_timestamp_tz(PreparedStatementHandle statement, ulong index, long micros);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_varchar_length(PreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_blob(PreparedStatementHandle statement, ulong index, byte* data, ulong length);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_null(PreparedStatementHandle statement, ulong index);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_execute_prepared(PreparedStatementHandle statement, ResultHandle result);
}
