using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>
/// Owns one duckdb_result. The C API fills a caller-allocated 48-byte struct, so the handle is a pointer to native
/// memory we allocate; duckdb_destroy_result must run even when the query failed, then the memory is freed.
/// </summary>
internal sealed unsafe class ResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultHandle()
        : base(ownsHandle: true)
    {
        SetHandle((nint)NativeMemory.AllocZeroed((nuint)sizeof(NativeResult)));
    }

    /// <summary>The struct by value, for the C functions that take duckdb_result by value (fetch_chunk).</summary>
    public NativeResult Value => *(NativeResult*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.duckdb_destroy_result(handle);
        NativeMemory.Free((void*)handle);
        return true;
    }
}
