using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Data Chunk Interface. Vectors are borrowed from the chunk: valid only while it lives.
internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial ulong duckdb_data_chunk_get_size(DataChunkHandle chunk);

    [LibraryImport(Library)]
    internal static partial nint duckdb_data_chunk_get_vector(DataChunkHandle chunk, ulong column);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_data_chunk(ref nint chunk);

    /// <summary>Creates an empty chunk of <see cref="duckdb_vector_size"/> rows; the types are copied.</summary>
    [LibraryImport(Library)]
    internal static partial DataChunkHandle duckdb_create_data_chunk(nint* types, ulong columnCount);

    [LibraryImport(Library)]
    internal static partial void duckdb_data_chunk_set_size(DataChunkHandle chunk, ulong size);

    /// <summary>Clears sizes and validity; data and validity pointers must be fetched again afterwards.</summary>
    [LibraryImport(Library)]
    internal static partial void duckdb_data_chunk_reset(DataChunkHandle chunk);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_vector_size();
}
