using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_connection; released with duckdb_disconnect.</summary>
internal sealed class ConnectionHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ConnectionHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_disconnect(ref pointer);
        return true;
    }
}
