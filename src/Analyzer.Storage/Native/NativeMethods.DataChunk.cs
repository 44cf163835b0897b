using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

// C API section: Data Chunk Interface. Vectors are borrowed from the chunk: valid only while it lives.
internal static partial class NativeMethods
{
    [LibraryImport(Library)]
    internal static partial ulong duckdb_data_chunk_get_size(DataChunkHandle chunk);

    [LibraryImport(Library)]
    internal static partial nint duckdb_data_chunk_get_vector(DataChunkHandle chunk, ulong column);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_data_chunk(ref nint chunk);
}
