using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_database; released with duckdb_close.</summary>
internal sealed class DatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DatabaseHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_close(ref pointer);
        return true;
    }
}
