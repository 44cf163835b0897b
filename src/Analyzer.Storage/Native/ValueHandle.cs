using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_value; released with duckdb_destroy_value.</summary>
internal sealed class ValueHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ValueHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_destroy_value(ref pointer);
        return true;
    }
}
