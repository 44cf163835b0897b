using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_data_chunk; released with duckdb_destroy_data_chunk.</summary>
internal sealed class DataChunkHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DataChunkHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_destroy_data_chunk(ref pointer);
        return true;
    }
}
