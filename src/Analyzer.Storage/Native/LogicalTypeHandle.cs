using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_logical_type; released with duckdb_destroy_logical_type.</summary>
internal sealed class LogicalTypeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public LogicalTypeHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_destroy_logical_type(ref pointer);
        return true;
    }
}
