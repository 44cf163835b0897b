using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Logical Type Interface.
internal static partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_get_type_id(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial OwnedString duckdb_logical_type_get_alias(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial byte duckdb_decimal_width(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial byte duckdb_decimal_scale(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_decimal_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_enum_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial uint duckdb_enum_dictionary_size(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial OwnedString duckdb_enum_dictionary_value(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_list_type_child_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_map_type_key_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_map_type_value_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_struct_type_child_count(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial OwnedString duckdb_struct_type_child_name(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_struct_type_child_type(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_create_logical_type(DuckDbType type);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_create_map_type(LogicalTypeHandle keyType, LogicalTypeHandle valueType);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_logical_type(ref nint type);
}
