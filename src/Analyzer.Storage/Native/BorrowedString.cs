using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>
/// A <c>const char*</c> that DuckDB owns (error texts, column names, the library version): read it, never free it.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct BorrowedString
{
    private readonly nint pointer;

    public string? Read() => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);
}
