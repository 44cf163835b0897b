using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Vector Interface. Every pointer here is borrowed from a live data chunk.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial void* duckdb_vector_get_data(nint vector);

    /// <summary>Null when every row of the vector is valid.</summary>
    [LibraryImport(Library)]
    internal static partial ulong* duckdb_vector_get_validity(nint vector);

    [LibraryImport(Library)]
    internal static partial nint duckdb_list_vector_get_child(nint vector);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_list_vector_get_size(nint vector);

    [LibraryImport(Library)]
    internal static partial nint duckdb_struct_vector_get_child(nint vector, ulong index);

    [LibraryImport(Library)]
    internal static partial void duckdb_vector_ensure_validity_writable(nint vector);

    /// <summary>Copies the bytes into the vector's own string heap.</summary>
    [LibraryImport(Library)]
    internal static partial void duckdb_vector_assign_string_element_len(nint vector, ulong index, byte* text, ulong length);
}
