using Microsoft.Win32.SafeHandles;

namespace Analyzer.Storage.Native;

/// <summary>
/// Owns one duckdb_appender; released with duckdb_appender_destroy, which flushes what is still buffered. Callers that
/// must not flush (a failed row) call duckdb_appender_clear first.
/// </summary>
internal sealed class AppenderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public AppenderHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        // A flush error here has nowhere to go: DuckDbAppender.Close surfaces flush errors before disposal.
        _ = NativeMethods.duckdb_appender_destroy(ref pointer);
        return true;
    }
}
