using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>
/// duckdb_result: 48 bytes, filled by duckdb_query / duckdb_execute_prepared through a pointer and passed by value
/// to duckdb_fetch_chunk. The deprecated fields are never read; only the layout matters.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeResult
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public nint DeprecatedColumns;
    public nint DeprecatedErrorMessage;
    public nint InternalData;
}
