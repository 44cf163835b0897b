using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>Owns one duckdb_prepared_statement; released with duckdb_destroy_prepare.</summary>
internal sealed class PreparedStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PreparedStatementHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.duckdb_destroy_prepare(ref pointer);
        return true;
    }
}
