using System.Runtime.InteropServices;

namespace Analyzer.Storage.Native;

/// <summary>duckdb_decimal: { uint8 width; uint8 scale; duckdb_hugeint value; } = 24 bytes, value at offset 8.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeDecimal
{
    public byte Width;
    public byte Scale;
    public NativeHugeInt Value;
}
