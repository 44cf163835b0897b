using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>
/// A <c>char*</c> that DuckDB hands over to us (open errors, parameter names, type aliases): read it once, then
/// duckdb_free it.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct OwnedString
{
    private readonly nint pointer;

    public string? ReadAndFree()
    {
        if (pointer == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(pointer);
        }
        finally
        {
            NativeMethods.duckdb_free(pointer);
        }
    }
}
