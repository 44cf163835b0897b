using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_instance_cache; released with duckdb_destroy_instance_cache.</summary>
internal sealed class InstanceCacheHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public InstanceCacheHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_destroy_instance_cache(ref pointer);
        return true;
    }
}
