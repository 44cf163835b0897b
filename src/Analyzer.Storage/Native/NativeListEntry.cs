using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>duckdb_list_entry: one LIST row's slice of the child vector.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeListEntry
{
    public ulong Offset;
    public ulong Length;
}
