using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>duckdb_hugeint: { uint64 lower; int64 upper; }, the same bytes as <see cref="Int128"/> on little-endian x64.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeHugeInt
{
    public ulong Lower;
    public long Upper;

    public static NativeHugeInt From(Int128 value) => new()
    {
        Lower = (ulong)(value & ulong.MaxValue),
        Upper = (long)(value >> 64),
    };
}
